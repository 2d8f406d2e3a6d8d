package uk.gov.halton.planner.base.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import uk.gov.halton.planner.exercises.PlannerContextTest;

/** Personal API tokens over real HTTP: for the read API only, as Basic password or Bearer, until revoked. */
@PlannerContextTest
class ApiTokenHttpTest {

    @LocalServerPort
    int port;

    @Autowired
    ApiTokens tokens;

    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aTokenWorksAsTheBasicPasswordAndAsBearerForTheApi() throws Exception {
        String token = tokenOf("partner", "QGIS");
        assertThat(token).startsWith("shp_").hasSizeGreaterThan(40);

        HttpResponse<String> basic = get("/api/sites", basic("partner", token));
        assertThat(basic.statusCode()).isEqualTo(200);
        assertThat(basic.body()).contains("FeatureCollection");
        assertThat(basic.headers().firstValue("Set-Cookie"))
                .as("no session for an API call")
                .isEmpty();
        assertThat(get("/api/sites", "Bearer " + token).statusCode()).isEqualTo(200);
        assertThat(get("/api/zones", "Bearer " + token).statusCode()).isEqualTo(200);
        // The password still works for the API, as before.
        assertThat(get("/api/sites", basic("partner", "demo")).statusCode()).isEqualTo(200);
    }

    @Test
    void aTokenIsRefusedWithAnotherUsersNameOrWhenWrongOrRevoked() throws Exception {
        String token = tokenOf("planner", "script");
        assertThat(get("/api/sites", basic("partner", token)).statusCode()).isEqualTo(401);
        assertThat(get("/api/sites", "Bearer " + token + "x").statusCode()).isEqualTo(401);
        assertThat(get("/api/sites", "Bearer not-a-token").statusCode()).isEqualTo(401);
        assertThat(get("/api/sites", null).statusCode()).isIn(302, 401);
        assertThat(get("/api/sites", "Bearer " + token).statusCode()).isEqualTo(200);

        signInAs("planner");
        long id = tokens.mine().stream()
                .filter(t -> t.name().equals("script"))
                .findFirst()
                .orElseThrow()
                .id();
        tokens.revoke(id);
        assertThat(tokens.mine())
                .filteredOn(t -> t.id() == id)
                .singleElement()
                .satisfies(t -> assertThat(t.active()).isFalse());

        assertThat(get("/api/sites", "Bearer " + token).statusCode()).isEqualTo(401);
        assertThat(get("/api/sites", basic("planner", token)).statusCode()).isEqualTo(401);
    }

    @Test
    void usersRevokeOnlyTheirOwnTokensAndSeeOnlyTheirOwn() throws Exception {
        tokenOf("officer", "mine");
        signInAs("officer");
        long id = tokens.mine().getFirst().id();
        signInAs("manager");
        assertThat(tokens.mine()).noneMatch(t -> t.id() == id);
        assertThatThrownBy(() -> tokens.revoke(id)).hasMessageContaining("no active token");
    }

    @Test
    void aTokenNeverSignsInAtTheLoginForm() throws Exception {
        String token = tokenOf("manager", "feed reader");
        // The control: the form with the password gives a session that reads the API ...
        assertThat(formSignInReadsApi("manager", "demo")).isTrue();
        // ... the same form with the token does not.
        assertThat(formSignInReadsApi("manager", token)).isFalse();
    }

    /** Posts the sign-in form as the browser does (with the page's CSRF token), then reads the API by the session. */
    private boolean formSignInReadsApi(String username, String password) throws Exception {
        HttpClient browser = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        String page = browser.send(request("/login").build(), HttpResponse.BodyHandlers.ofString())
                .body();
        StringBuilder form = new StringBuilder("username=" + encode(username) + "&password=" + encode(password));
        Matcher csrf =
                Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"").matcher(page);
        Matcher parameter = Pattern.compile("<meta name=\"_csrf_parameter\" content=\"([^\"]+)\"")
                .matcher(page);
        if (csrf.find() && parameter.find()) {
            form.append('&').append(parameter.group(1)).append('=').append(encode(csrf.group(1)));
        }
        browser.send(
                request("/login")
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form.toString()))
                        .build(),
                HttpResponse.BodyHandlers.discarding());
        return browser.send(request("/api/sites").build(), HttpResponse.BodyHandlers.discarding())
                        .statusCode()
                == 200;
    }

    private String tokenOf(String username, String name) {
        signInAs(username);
        try {
            return tokens.create(name);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private static void signInAs(String username) {
        SecurityContextHolder.getContext()
                .setAuthentication(new TestingAuthenticationToken(username, null, "ROLE_USER"));
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
    }

    private HttpResponse<String> get(String path, String authorization) throws Exception {
        HttpRequest.Builder request = request(path).GET();
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String basic(String username, String password) {
        return "Basic "
                + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
