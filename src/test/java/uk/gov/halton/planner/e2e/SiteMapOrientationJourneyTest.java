package uk.gov.halton.planner.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/**
 * The site map orients a planner: names on the map, the six Runcorn Site operators behind one numbered marker that
 * lists them, a key to every symbol, and OpenStreetMap's background, which this test browser cannot reach (it
 * knows no host but this machine), so the map must say so and still show the sites.
 */
class SiteMapOrientationJourneyTest extends BrowserTest {

    /** The map element and a layer by id, for the scripts below. */
    private static final String MAP = "const m = document.querySelector('halton-map');"
            + "const layer = id => m.map.getLayers().getArray().find(l => l.get('layerId') === id);"
            + "const labels = (id, fid) => { const l = layer(id); const f = l.getSource().getFeatureById(fid);"
            + " const st = l.getStyleFunction()(f, m.map.getView().getResolution());"
            + " return st ? [].concat(st).map(s => s.getText() && s.getText().getText()).filter(t => t) : null; };";

    /** Whether a site is drawn with a dashed ring (its position approximate) at the map's zoom. */
    private static final String RINGED = "const zoom = m.map.getView().getZoom();"
            + "const ringed = fid => { const l = layer('sites');"
            + " const st = l.getStyleFunction()(l.getSource().getFeatureById(fid), m.map.getView().getResolution());"
            + " return [].concat(st || []).some(s => s.getImage() && s.getImage().getStroke()"
            + " && !!s.getImage().getStroke().getLineDash()); };";

    private Object js(String script) {
        return ((JavascriptExecutor) driver).executeScript(MAP + script);
    }

    @Test
    void namesAGroupAKeyAndAnHonestBackground() throws IOException {
        signIn("planner", "demo");
        open("sites");
        waiting()
                .until(d ->
                        ((Number) js("const l = layer('sites'); return l ? l.getSource().getFeatures().length : 0;"))
                                        .intValue()
                                == 9);
        waiting().until(d -> Boolean.TRUE.equals(js("return m.map.isRendered() && m._pendingFit === undefined;")));

        // The tiles cannot be reached: the map says so, politely, and the sites are still drawn.
        WebElement status = waiting().until(d -> {
            WebElement s = d.findElement(By.cssSelector("halton-map .halton-map-status"));
            return s.isDisplayed() ? s : null;
        });
        assertThat(status.getText())
                .contains(
                        "Background map unavailable",
                        "tile.openstreetmap.org",
                        "cannot be reached",
                        "sites, zones and other layers still show");
        assertThat(status.getAttribute("role")).isEqualTo("status");
        assertThat(status.getAttribute("aria-live")).isEqualTo("polite");
        assertThat(((Number) js("return layer('sites').getSource().getFeatures().length;")).intValue())
                .isEqualTo(9);
        assertThat(((Number) js("return layer('zones').getSource().getFeatures().length;")).intValue())
                .isEqualTo(9);
        WebElement attribution = driver.findElement(By.cssSelector("halton-map .ol-attribution a"));
        assertThat(attribution.getText()).isEqualTo("© OpenStreetMap contributors");
        assertThat(attribution.getAttribute("href")).isEqualTo("https://www.openstreetmap.org/copyright");

        // Names on the map; the six operators are one numbered marker at this zoom, and approximate sites are ringed.
        assertThat(labels("sites", "emerald-kalama")).containsExactly("Emerald Kalama Chemical");
        assertThat(labels("sites", "koura-runcorn"))
                .as("grouped at the borough-wide zoom")
                .isNull();
        assertThat(labels("sites-groups", "group:runcorn-site"))
                .containsExactly("6", "Runcorn Site, Weston Point, Runcorn\n6 sites");
        assertThat(js(RINGED + "return ringed('emerald-kalama');"))
                .as("an approximate site has its dashed ring")
                .isEqualTo(true);
        assertThat(js(RINGED + "m.map.getView().setZoom(16);"
                        + "const ring = ringed('koura-runcorn'); m.map.getView().setZoom(zoom); return ring;"))
                .as("so has each operator of the Runcorn Site")
                .isEqualTo(true);

        // Hovering names a site and says when its position is approximate.
        moveTo("sites", "emerald-kalama");
        waiting()
                .until(d -> d.findElement(By.cssSelector("halton-map .halton-map-tooltip"))
                        .isDisplayed());
        assertThat(driver.findElement(By.cssSelector("halton-map .halton-map-tooltip"))
                        .getText())
                .isEqualTo("Emerald Kalama Chemical (approximate position)");

        // Every symbol has its explanation.
        String key = driver.findElement(By.cssSelector(".map-legend")).getText();
        assertThat(key)
                .contains(
                        "Key to the map",
                        "COMAH top-tier site",
                        "Dashed ring: approximate position",
                        "several hundred metres out",
                        "Numbered circle: sites that share one area",
                        "the site you are reading",
                        "Public information zone",
                        "indicative",
                        "not the official zone",
                        "Vulnerable receptor",
                        "Borough outline",
                        "Ward boundaries",
                        "Background map: © OpenStreetMap contributors",
                        "When it cannot be reached the map says so");
        assertThat(driver.findElements(By.cssSelector(".map-legend .legend-item svg")))
                .hasSize(9);

        screenshots("1280", "light");

        // One click on the group lists the six operators; choosing one opens it.
        clickFeature("sites-groups", "group:runcorn-site");
        WebElement group = waiting().until(d -> {
            WebElement g = d.findElement(By.cssSelector("halton-map .halton-map-group"));
            return g.isDisplayed() ? g : null;
        });
        assertThat(group.getText())
                .contains("Runcorn Site, Weston Point, Runcorn: 6 sites share this area", "approximate");
        List<WebElement> members = group.findElements(By.cssSelector("button[data-id]"));
        assertThat(members)
                .extracting(WebElement::getText)
                .hasSize(6)
                .allSatisfy(name -> assertThat(name).contains("Runcorn Site").endsWith("≈"));
        assertThat(members)
                .extracting(m -> m.getAttribute("data-id"))
                .containsExactlyInAnyOrder(
                        "ineos-inovyn-runcorn",
                        "ineos-enterprises-runcorn",
                        "vynova-runcorn",
                        "koura-runcorn",
                        "runcorn-mcp",
                        "packed-chlorine-runcorn");
        assertThat(driver.switchTo().activeElement().getAttribute("data-id"))
                .as("focus moves into the list")
                .isEqualTo(members.getFirst().getAttribute("data-id"));
        assertThat(seriousAccessibilityViolations())
                .as("the site map with a group's list open")
                .isEmpty();

        // Escape closes the list and gives the keyboard back to the map; it opens again with a click.
        driver.switchTo().activeElement().sendKeys(org.openqa.selenium.Keys.ESCAPE);
        waiting()
                .until(d -> !d.findElement(By.cssSelector("halton-map .halton-map-group"))
                        .isDisplayed());
        assertThat(driver.switchTo().activeElement().getAttribute("class")).contains("halton-map-target");
        clickFeature("sites-groups", "group:runcorn-site");
        group = waiting().until(d -> {
            WebElement g = d.findElement(By.cssSelector("halton-map .halton-map-group"));
            return g.isDisplayed() ? g : null;
        });

        group.findElement(By.cssSelector("button[data-id='koura-runcorn']")).click();
        waiting()
                .until(d -> d.findElement(By.cssSelector(".site-detail h2"))
                        .getText()
                        .equals("Koura, Runcorn Site"));
        assertThat(driver.getCurrentUrl()).endsWith("/sites/koura-runcorn");
        waiting()
                .until(d -> "true"
                        .equals(d.findElement(
                                        By.cssSelector("halton-map .halton-map-group button[data-id='koura-runcorn']"))
                                .getAttribute("aria-current")));

        // Zoomed in, the six stand apart with their own names and the numbered marker gives way.
        driver.findElement(
                        By.xpath("//div[contains(@class,'halton-map-group')]//button[.='Zoom in to see them apart']"))
                .click();
        waiting().until(d -> ((Number) js("return m.map.getView().getZoom();")).doubleValue() >= 15);
        assertThat(labels("sites", "koura-runcorn")).containsExactly("Koura, Runcorn Site");
        assertThat(labels("sites-groups", "group:runcorn-site")).isNull();
        assertThat(driver.findElement(By.cssSelector("halton-map .halton-map-group"))
                        .isDisplayed())
                .isFalse();

        // The tile host was allowed by the policy: nothing was refused for it, whatever the network did.
        List<String> refused = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(LogEntry::getMessage)
                .filter(m -> m.contains("Content Security Policy"))
                .toList();
        assertThat(refused).isEmpty();
    }

    @Test
    void theMapReadsWellAtPhoneWidthInBothThemes() throws IOException {
        signIn("partner", "demo");
        try {
            resize(390, 844);
            open("sites");
            waiting()
                    .until(d -> ((Number)
                                            js(
                                                    "const l = layer('sites'); return l ? l.getSource().getFeatures().length : 0;"))
                                    .intValue()
                            == 9);
            waiting().until(d -> Boolean.TRUE.equals(js("return m.map.isRendered() && m._pendingFit === undefined;")));
            waiting()
                    .until(d -> d.findElement(By.cssSelector("halton-map .halton-map-status"))
                            .isDisplayed());
            assertThat(((Number) js("return document.documentElement.scrollWidth;")).intValue())
                    .as("no sideways scroll")
                    .isLessThanOrEqualTo(390);
            assertThat(labels("sites-groups", "group:runcorn-site"))
                    .as("names at the phone's borough-wide zoom")
                    .contains("Runcorn Site, Weston Point, Runcorn\n6 sites");
            screenshots("390", "light");
            clickFeature("sites-groups", "group:runcorn-site");
            waiting()
                    .until(d -> d.findElement(By.cssSelector("halton-map .halton-map-group"))
                            .isDisplayed());
            shoot("site-map-390-light-group");

            switchTheme("Dark theme");
            screenshots("390", "dark");
            assertThat(seriousAccessibilityViolations())
                    .as("the site map at 390 px, dark")
                    .isEmpty();
            resize(1280, 900);
            open("sites");
            waiting()
                    .until(d -> d.findElement(By.cssSelector("halton-map .halton-map-status"))
                            .isDisplayed());
            screenshots("1280", "dark");
            assertThat(seriousAccessibilityViolations())
                    .as("the site map at 1280 px, dark")
                    .isEmpty();
        } finally {
            if (!driver.findElements(By.xpath("//vaadin-button[normalize-space()='Light theme']"))
                    .isEmpty()) {
                switchTheme("Light theme");
            }
            resize(1280, 900);
        }
    }

    @Test
    void thePolicyAdmitsImagesFromTheConfiguredTileHostOnly() throws Exception {
        HttpResponse<String> page = HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(URI.create(url("login"))).build(), HttpResponse.BodyHandlers.ofString());
        String csp = page.headers().firstValue("Content-Security-Policy").orElseThrow();
        String imgSrc = csp.substring(csp.indexOf("img-src"), csp.indexOf(';', csp.indexOf("img-src")));
        assertThat(imgSrc).isEqualTo("img-src 'self' data: blob: https://tile.openstreetmap.org");
        assertThat(csp.replace(imgSrc, "")).doesNotContain("http");
    }

    @SuppressWarnings("unchecked")
    private List<String> labels(String layerId, String featureId) {
        return (List<String>) js("return labels('" + layerId + "', '" + featureId + "');");
    }

    /** Clicks where the map draws a feature: its pixel from the map's own projection. */
    private void clickFeature(String layerId, String featureId) {
        moveTo(layerId, featureId);
        new Actions(driver).click().perform();
    }

    @SuppressWarnings("unchecked")
    private void moveTo(String layerId, String featureId) {
        List<Number> pixel = (List<Number>) js("return m.map.getPixelFromCoordinate(layer('" + layerId
                + "').getSource().getFeatureById('" + featureId + "').getGeometry().getCoordinates());");
        WebElement target = driver.findElement(By.cssSelector(".halton-map-target"));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", target);
        int x = (int) Math.round(pixel.get(0).doubleValue() - target.getSize().getWidth() / 2.0);
        int y = (int) Math.round(pixel.get(1).doubleValue() - target.getSize().getHeight() / 2.0);
        new Actions(driver).moveToElement(target, x, y).perform();
    }

    private void switchTheme(String label) {
        WebElement button = driver.findElement(By.xpath("//vaadin-button[normalize-space()='" + label + "']"));
        ((JavascriptExecutor) driver).executeScript("arguments[0].click()", button);
        String other = label.equals("Dark theme") ? "Light theme" : "Dark theme";
        waiting()
                .until(d -> !d.findElements(By.xpath("//vaadin-button[normalize-space()='" + other + "']"))
                        .isEmpty());
        waitForVaadin();
    }

    /** The page and the map with its key, for a person to look at: target/screenshots/site-map-WIDTH-THEME*.png. */
    private void screenshots(String width, String theme) throws IOException {
        shoot("site-map-" + width + "-" + theme);
        ((JavascriptExecutor) driver)
                .executeScript("document.querySelector('.site-map-holder').scrollIntoView({block: 'start'})");
        shoot("site-map-" + width + "-" + theme + "-map");
    }

    private void shoot(String name) throws IOException {
        Path shot = Path.of("target", "screenshots", name + ".png");
        Files.createDirectories(shot.getParent());
        Files.write(shot, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    }
}
