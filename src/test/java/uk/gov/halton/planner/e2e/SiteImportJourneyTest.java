package uk.gov.halton.planner.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import uk.gov.halton.planner.sites.SiteService;

/**
 * A planner imports sites through the site register's upload, as a person would: a good file is imported and said
 * so (the ids of new sites and their plans are covered by the service tests); a bad one lists each bad feature and imports nothing; one over the limit is refused by the server even when
 * the browser's own check is bypassed.
 */
class SiteImportJourneyTest extends BrowserTest {

    @Autowired
    SiteService sites;

    @Test
    void aGoodFileIsImportedAndABadOneListsEachBadFeature() throws Exception {
        signIn("planner", "demo");
        open("site-register");
        String id = "upload-" + UUID.randomUUID().toString().substring(0, 8);

        // The register's own export, imported back: a good file that leaves the shared sites as they are (other
        // journeys count them).
        int before = sites.findAll().size();
        upload(file("good.geojson", sites.sitesGeoJson()));
        waiting().until(d -> text(".import-errors").matches("(?s).*Imported good.geojson: 0 new, \\d+ updated\\..*"));
        assertThat(sites.findAll()).hasSize(before);

        String bad = """
                {"type":"FeatureCollection","features":[
                 {"type":"Feature","id":"%s-a","properties":{"name":"","operator":"Op","address":"A","town":"Widnes",
                  "tier":"upper","planId":"p","planTitle":"P"},"geometry":{"type":"Point","coordinates":[-2.73,53.36]}},
                 {"type":"Feature","id":"%s-b","properties":{"name":"B","operator":"Op","address":"A","town":"Widnes",
                  "tier":"middle","planId":"p","planTitle":"P"},"geometry":{"type":"Point","coordinates":[-2.73,53.36]}}
                ]}""".formatted(id, id);
        upload(file("bad.geojson", bad));
        waiting().until(d -> text(".import-errors").contains("Nothing was imported"));
        assertThat(driver.findElements(By.cssSelector(".import-errors li"))).hasSize(2);
        assertThat(text(".import-errors"))
                .contains(id + "-a")
                .contains(id + "-b")
                .contains("\"tier\"");
        assertThat(sites.findAll()).noneSatisfy(s -> assertThat(s.id()).startsWith(id + "-"));
    }

    @Test
    void aFileOverTheLimitIsRefusedByTheServer() throws Exception {
        signIn("planner", "demo");
        open("site-register");
        // Bypass the browser's check, as a hostile client would.
        ((JavascriptExecutor) driver).executeScript("document.querySelector('vaadin-upload').maxFileSize = Infinity");
        upload(file("huge.geojson", " ".repeat(SiteService.MAX_IMPORT_CHARACTERS + 1024)));
        waiting()
                .until(d -> text(".import-errors").contains("huge.geojson is larger than 5 MB: nothing was imported."));
    }

    private Path file(String name, String content) throws Exception {
        Path folder = Files.createTempDirectory("upload");
        Path file = folder.resolve(name);
        Files.writeString(file, content);
        file.toFile().deleteOnExit();
        return file;
    }

    private void upload(Path file) {
        WebElement input = (WebElement)
                ((JavascriptExecutor) driver)
                        .executeScript(
                                "const u = document.querySelector('vaadin-upload');"
                                        + "return u.querySelector('input[type=file]') || u.shadowRoot.querySelector('input[type=file]');");
        input.sendKeys(file.toAbsolutePath().toString());
    }

    private String text(String css) {
        return driver.findElements(By.cssSelector(css)).stream()
                .map(WebElement::getText)
                .reduce("", (a, b) -> a + "\n" + b);
    }
}
