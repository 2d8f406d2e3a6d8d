package uk.gov.halton.planner.base.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.ServletRegistration;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.context.WebApplicationContext;
import uk.gov.halton.planner.exercises.PlannerContextTest;

/**
 * The actuator over real HTTP: health is open to anyone as a summary; info, metrics and the endpoint list need a
 * signed-in administrator (HTTP Basic here, as a script would use); nothing else is exposed; no H2 console.
 * The security headers and the anonymous cases of other pages are in {@code e2e.HttpSecurityTest}.
 */
@PlannerContextTest
class ActuatorSecurityTest {

    @LocalServerPort
    int port;

    @Autowired
    WebApplicationContext web;

    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void anonymousGetsTheHealthSummaryOnly() throws Exception {
        HttpResponse<String> health = get("/actuator/health", null);
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"").doesNotContain("components", "details", "db");
    }

    @Test
    void aSignedInPartnerGetsTheSummaryButAnAdministratorTheComponents() throws Exception {
        assertThat(get("/actuator/health", "partner:demo").body()).doesNotContain("components");
        HttpResponse<String> health = get("/actuator/health", "admin:demo");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"", "\"components\"", "\"db\"");
    }

    @Test
    void anonymousIsChallengedForEveryOtherEndpoint() throws Exception {
        for (String path :
                new String[] {"/actuator/metrics", "/actuator/info", "/actuator", "/actuator/metrics/jvm.memory.used"
                }) {
            HttpResponse<String> response = get(path, null);
            assertThat(response.statusCode()).as(path).isEqualTo(401);
            assertThat(response.headers().firstValue("WWW-Authenticate"))
                    .as(path)
                    .hasValueSatisfying(v -> assertThat(v).startsWith("Basic"));
            // The error body names the path asked for, nothing of the metrics themselves.
            assertThat(response.body()).as(path).doesNotContain("\"names\"", "\"measurements\"");
        }
    }

    @Test
    void wrongCredentialsAreRefused() throws Exception {
        assertThat(get("/actuator/metrics", "admin:not-the-password").statusCode())
                .isEqualTo(401);
    }

    @Test
    void aPartnerOrPlannerIsForbidden() throws Exception {
        for (String user : new String[] {"partner:demo", "planner:demo", "manager:demo"}) {
            assertThat(get("/actuator/metrics", user).statusCode()).as(user).isEqualTo(403);
            assertThat(get("/actuator/info", user).statusCode()).as(user).isEqualTo(403);
        }
    }

    @Test
    void anAdministratorReadsInfoAndMetrics() throws Exception {
        HttpResponse<String> metrics = get("/actuator/metrics", "admin:demo");
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("\"names\"", "jvm.memory.used");
        assertThat(get("/actuator/metrics/jvm.memory.used", "admin:demo").statusCode())
                .isEqualTo(200);
        assertThat(get("/actuator/info", "admin:demo").statusCode()).isEqualTo(200);
        assertThat(get("/actuator", "admin:demo").body())
                .contains("/actuator/metrics", "/actuator/info")
                .doesNotContain("/actuator/env", "/actuator/prometheus");
    }

    @Test
    void onlyHealthInfoAndMetricsAreExposed() throws Exception {
        for (String path : new String[] {
            "/actuator/env",
            "/actuator/beans",
            "/actuator/configprops",
            "/actuator/heapdump",
            "/actuator/loggers",
            "/actuator/prometheus",
            "/actuator/shutdown"
        }) {
            HttpResponse<String> response = get(path, "admin:demo");
            assertThat(response.statusCode()).as(path).isNotEqualTo(200);
            assertThat(response.body()).as(path).doesNotContain("spring.datasource", "\"beans\"", "\"levels\"");
        }
    }

    @Test
    void theH2ConsoleIsNotServedEvenToAnAdministrator() throws Exception {
        // No H2 servlet is registered at all (so no security rule can let it through later) ...
        assertThat(web.getServletContext().getServletRegistrations().values())
                .extracting(ServletRegistration::getClassName)
                .noneSatisfy(name -> assertThat(name).startsWith("org.h2"));
        // ... and its address gives no console to anyone (HTTP Basic counts only for the API and the actuator, so
        // here it is the login page's redirect).
        for (String path : new String[] {"/h2-console", "/h2-console/", "/h2-console/login.jsp"}) {
            HttpResponse<String> response = get(path, "admin:demo");
            assertThat(response.statusCode()).as(path).isIn(302, 403, 404);
            assertThat(response.body())
                    .as(path)
                    .doesNotContainIgnoringCase("H2 Console")
                    .doesNotContain("JDBC URL");
        }
    }

    private HttpResponse<String> get(String path, String basic) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .GET();
        if (basic != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(basic.getBytes()));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
