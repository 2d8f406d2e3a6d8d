package uk.gov.halton.planner.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.gov.halton.planner.exercises.PlannerContextTest;

/**
 * Health is open to anyone; everything else needs a login: pages redirect to the login page, the API and the
 * actuator answer 401 with a Basic challenge. Signing in needs the CSRF token of the login page.
 */
@PlannerContextTest
class HttpSecurityTest {

    @LocalServerPort
    int port;

    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void healthIsOpenWithoutALogin() throws Exception {
        HttpResponse<String> response = get("/actuator/health", null);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"status\":\"UP\"");
    }

    @Test
    void theTabIconIsServedOnTheSignInPageToo() throws Exception {
        HttpResponse<String> response = get("/icons/icon.svg", null);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("image/svg+xml"));
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
        assertThat(get("/actuator/info", "planner:wrong").statusCode()).isEqualTo(401);
        assertThat(get("/api/sites", "planner:wrong").statusCode()).isEqualTo(401);
    }

    @Test
    void pagesCarryTheSecurityHeaders() throws Exception {
        HttpResponse<String> login = get("/login", null);
        assertThat(get("/api/sites", "partner:demo").headers().firstValue("Content-Security-Policy"))
                .isPresent();
        assertThat(login.headers().firstValue("Content-Security-Policy"))
                .hasValueSatisfying(csp ->
                        assertThat(csp).contains("default-src 'self'", "frame-ancestors 'none'", "object-src 'none'"));
        assertThat(login.headers().firstValue("Referrer-Policy")).contains("strict-origin-when-cross-origin");
        assertThat(login.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
    }

    @Test
    void aPageWithoutALoginRedirectsToTheLoginPageEvenForCurl() throws Exception {
        for (String path : new String[] {"/", "/admin/users", "/sites"}) {
            HttpResponse<String> response = get(path, null);
            assertThat(response.statusCode()).as(path).isEqualTo(302);
            assertThat(response.headers().firstValue("Location"))
                    .as(path)
                    .hasValueSatisfying(location -> assertThat(location).endsWith("/login"));
            assertThat(response.headers().firstValue("WWW-Authenticate"))
                    .as(path)
                    .isEmpty();
        }
        HttpResponse<String> api = get("/api/sites", null);
        assertThat(api.statusCode()).isEqualTo(401);
        assertThat(api.headers().firstValue("WWW-Authenticate"))
                .hasValueSatisfying(challenge -> assertThat(challenge).startsWith("Basic"));
        assertThat(get("/actuator/info", null).headers().firstValue("WWW-Authenticate"))
                .isPresent();
    }

    @Test
    void signingInWithoutTheLoginPagesCsrfTokenIsRefused() throws Exception {
        LoginPage page = loginPage();
        assertThat(postLogin(null, null, "admin", "demo", null))
                .as("no token, no session")
                .isEqualTo(403);
        assertThat(postLogin(page.cookie(), null, "admin", "demo", null))
                .as("no token")
                .isEqualTo(403);
        assertThat(postLogin(page.cookie(), page.parameter() + "=bogus", "admin", "demo", null))
                .as("a bogus token")
                .isEqualTo(403);
        assertThat(postLogin(page.cookie(), null, "admin", "demo", "https://evil.example"))
                .as("a foreign origin")
                .isEqualTo(403);
    }

    @Test
    void theLoginPageCarriesTheTokenAndSigningInWithItWorks() throws Exception {
        LoginPage page = loginPage();
        HttpResponse<String> response = sendLogin(
                page.cookie(),
                page.parameter() + "=" + URLEncoder.encode(page.token(), StandardCharsets.UTF_8),
                "admin",
                "demo",
                null);
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location").orElse("")).doesNotContain("error");
    }

    @Test
    void behindTlsEveryResponseCarriesHstsAndOneFrameOptionsValue() throws Exception {
        for (String path : new String[] {"/login", "/", "/api/sites", "/actuator/health", "/no-such-page"}) {
            HttpResponse<String> response = http.send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                            .header("X-Forwarded-Proto", "https")
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.headers().firstValue("Strict-Transport-Security"))
                    .as(path)
                    .hasValueSatisfying(hsts -> assertThat(hsts).startsWith("max-age="));
            assertThat(response.headers().allValues("X-Frame-Options")).as(path).containsExactly("DENY");
        }
        assertThat(get("/login", null).headers().firstValue("Strict-Transport-Security"))
                .as("not over plain HTTP")
                .isEmpty();
    }

    private record LoginPage(String cookie, String parameter, String token) {}

    /** The login page as a browser gets it: its session cookie and the CSRF token Vaadin writes into its head. */
    private LoginPage loginPage() throws Exception {
        HttpResponse<String> response = get("/login", null);
        assertThat(response.statusCode()).isEqualTo(200);
        String cookie = response.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID="))
                .map(c -> c.substring(0, c.indexOf(';')))
                .findFirst()
                .orElseThrow();
        return new LoginPage(cookie, meta(response.body(), "_csrf_parameter"), meta(response.body(), "_csrf"));
    }

    private static String meta(String html, String name) {
        Matcher matcher = Pattern.compile("<meta name=\"" + name + "\" content=\"([^\"]+)\"")
                .matcher(html);
        assertThat(matcher.find()).as("meta " + name + " in the login page").isTrue();
        return matcher.group(1);
    }

    private int postLogin(String cookie, String token, String username, String password, String origin)
            throws Exception {
        HttpResponse<String> response = sendLogin(cookie, token, username, password, origin);
        if (response.statusCode() == 302) {
            // Spring answers a refused sign-in with a redirect too: only one that does not say "error" got in.
            return response.headers().firstValue("Location").orElse("").contains("error") ? 401 : 302;
        }
        return response.statusCode();
    }

    private HttpResponse<String> sendLogin(String cookie, String token, String username, String password, String origin)
            throws Exception {
        String form = "username=" + username + "&password=" + password + (token == null ? "" : "&" + token);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        if (origin != null) {
            request.header("Origin", origin);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void repeatedWrongPasswordsLockTheNameEvenForTheRightOne() throws Exception {
        org.springframework.security.core.context.SecurityContextHolder.getContext()
                .setAuthentication(new org.springframework.security.authentication.TestingAuthenticationToken(
                        "admin", null, "ROLE_ADMIN"));
        users.create(
                "throttled.user", "Throttled", null, uk.gov.halton.planner.base.Role.PARTNER, "the-right-password");
        org.springframework.security.core.context.SecurityContextHolder.clearContext();
        assertThat(get("/api/sites", "throttled.user:the-right-password").statusCode())
                .isEqualTo(200);
        for (int i = 0; i < 5; i++) {
            assertThat(get("/api/sites", "throttled.user:wrong-" + i).statusCode())
                    .isEqualTo(401);
        }
        assertThat(get("/api/sites", "throttled.user:the-right-password").statusCode())
                .isEqualTo(401);
    }

    @org.springframework.beans.factory.annotation.Autowired
    uk.gov.halton.planner.base.UserService users;

    private HttpResponse<String> get(String path, String basic) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .GET();
        if (basic != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(basic.getBytes()));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
