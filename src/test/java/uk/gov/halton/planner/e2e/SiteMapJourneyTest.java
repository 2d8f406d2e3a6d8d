package uk.gov.halton.planner.e2e;

import static org.assertj.core.api.Assertions.assertThat;

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

/** A planner opens the map, sees the nine sites with their zones, clicks Emerald Kalama and reads its detail. */
class SiteMapJourneyTest extends BrowserTest {

    @Test
    void aPlannerFindsEmeraldKalamaOnTheMap() throws Exception {
        signIn("planner", "demo");
        open("sites");
        WebElement map = waiting().until(d -> d.findElement(By.cssSelector("halton-map canvas")));
        assertThat(map.isDisplayed()).isTrue();
        assertThat(driver.findElements(By.cssSelector("vaadin-grid-cell-content")).stream()
                        .map(WebElement::getText)
                        .filter(t -> t.contains("Runcorn Site"))
                        .count())
                .isEqualTo(6);

        JavascriptExecutor js = (JavascriptExecutor) driver;
        waiting()
                .until(d -> ((Number) js.executeScript("const m = document.querySelector('halton-map'); let n = 0;"
                                        + "m.map.getLayers().forEach(l => { if (l.get('layerId') === 'sites') n = l.getSource().getFeatures().length; });"
                                        + "return n;"))
                                .intValue()
                        == 9);
        Number zones = (Number) js.executeScript("const m = document.querySelector('halton-map'); let n = 0;"
                + "m.map.getLayers().forEach(l => { if (l.get('layerId') === 'zones') n = l.getSource().getFeatures().length; });"
                + "return n;");
        assertThat(zones.intValue()).isEqualTo(9);

        // Click where Emerald Kalama is drawn: its pixel from the map's own projection.
        waiting()
                .until(d -> Boolean.TRUE.equals(
                        js.executeScript("return document.querySelector('halton-map').map.isRendered();")));
        @SuppressWarnings("unchecked")
        List<Number> pixel = (List<Number>) js.executeScript("const m = document.querySelector('halton-map');"
                + "let c = null; m.map.getLayers().forEach(l => { if (l.get('layerId') === 'sites') {"
                + " c = l.getSource().getFeatureById('emerald-kalama').getGeometry().getCoordinates(); } });"
                + "return m.map.getPixelFromCoordinate(c);");
        WebElement target = driver.findElement(By.cssSelector(".halton-map-target"));
        int x = (int) Math.round(pixel.get(0).doubleValue() - target.getSize().getWidth() / 2.0);
        int y = (int) Math.round(pixel.get(1).doubleValue() - target.getSize().getHeight() / 2.0);
        new Actions(driver).moveToElement(target, x, y).click().perform();

        WebElement heading = waiting().until(d -> d.findElement(By.cssSelector(".site-detail h2")));
        waiting()
                .until(d -> d.findElement(By.cssSelector(".site-detail h2"))
                        .getText()
                        .equals("Emerald Kalama Chemical"));
        String detail = driver.findElement(By.cssSelector(".site-detail")).getText();
        assertThat(detail)
                .contains(
                        "Approximate position",
                        "Newly top tier",
                        "Bennets Lane, Widnes",
                        "Public information zone",
                        "In the zone");
        assertThat(driver.getCurrentUrl()).endsWith("/sites/emerald-kalama");
        assertThat(heading.isDisplayed()).isTrue();

        Path shot = Path.of("target", "screenshots", "site-map.png");
        Files.createDirectories(shot.getParent());
        Files.write(shot, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));

        assertThat(seriousAccessibilityViolations()).as("site map").isEmpty();
    }

    @Test
    void theRegisterAndTheGisApiServeTheSites() throws Exception {
        signIn("partner", "demo");
        open("site-register");
        waiting()
                .until(d -> d.findElements(By.cssSelector("vaadin-grid-cell-content a"))
                                .size()
                        >= 9);
        assertThat(seriousAccessibilityViolations()).as("site register").isEmpty();

        var http = java.net.http.HttpClient.newHttpClient();
        var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(url("api/sites")))
                .header(
                        "Authorization",
                        "Basic " + java.util.Base64.getEncoder().encodeToString("partner:demo".getBytes()))
                .build();
        var response = http.send(request, java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/geo+json"));
        assertThat(response.body()).contains("\"emerald-kalama\"").doesNotContain("\"crs\"");

        var anonymous = java.net.http.HttpRequest.newBuilder(java.net.URI.create(url("api/zones")))
                .build();
        assertThat(http.send(anonymous, java.net.http.HttpResponse.BodyHandlers.ofString())
                        .statusCode())
                .isEqualTo(401);
    }
}
