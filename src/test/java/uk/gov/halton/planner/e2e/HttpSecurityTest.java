package uk.gov.halton.planner.e2e;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

/** Health is open to anyone; everything else needs a login. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
class HttpSecurityTest {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void healthIsOpenWithoutALogin() throws Exception {
        HttpResponse<String> response = get("/actuator/health", null);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"status\":\"UP\"");
    }

    @Test
    void otherPagesAndEndpointsNeedALogin() throws Exception {
        assertThat(get("/admin/users", null).statusCode()).isIn(302, 401);
        assertThat(get("/actuator/info", null).statusCode()).isIn(302, 401, 404);
        assertThat(get("/actuator/env", null).statusCode()).isIn(302, 401);
        assertThat(get("/h2-console", null).statusCode()).isIn(302, 401, 404);
    }

    @Test
    void wrongBasicCredentialsAreRefused() throws Exception {
        assertThat(get("/actuator/env", "planner:wrong").statusCode()).isEqualTo(401);
    }

    @Test
    void pagesCarryTheSecurityHeaders() throws Exception {
        HttpResponse<String> login = get("/login", null);
        assertThat(get("/api/sites", "partner:demo").headers().firstValue("Content-Security-Policy")).isPresent();
        assertThat(login.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp ->
                assertThat(csp).contains("default-src 'self'", "frame-ancestors 'none'", "object-src 'none'"));
        assertThat(login.headers().firstValue("Referrer-Policy")).contains("strict-origin-when-cross-origin");
        assertThat(login.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
    }

    @Test
    void repeatedWrongPasswordsLockTheNameEvenForTheRightOne() throws Exception {
        org.springframework.security.core.context.SecurityContextHolder.getContext().setAuthentication(
                new org.springframework.security.authentication.TestingAuthenticationToken("admin", null, "ROLE_ADMIN"));
        users.create("throttled.user", "Throttled", null, uk.gov.halton.planner.base.Role.PARTNER, "the-right-password");
        org.springframework.security.core.context.SecurityContextHolder.clearContext();
        assertThat(get("/api/sites", "throttled.user:the-right-password").statusCode()).isEqualTo(200);
        for (int i = 0; i < 5; i++) {
            assertThat(get("/api/sites", "throttled.user:wrong-" + i).statusCode()).isEqualTo(401);
        }
        assertThat(get("/api/sites", "throttled.user:the-right-password").statusCode()).isEqualTo(401);
    }

    @org.springframework.beans.factory.annotation.Autowired
    uk.gov.halton.planner.base.UserService users;

    private HttpResponse<String> get(String path, String basic) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
        if (basic != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(basic.getBytes()));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
