package uk.gov.halton.planner.base.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Personal API tokens on the read API (/api/**): {@code Authorization: Bearer <token>}, or the token as the HTTP
 * Basic password with its owner's user name (what QGIS and curl -u send). A token costs one SHA-256 and one indexed
 * read, where a password costs a BCrypt check. The authentication lasts for the request only: no session is made.
 * A Basic password that is not a token goes on to Spring Security's Basic filter and the user's BCrypt password, so
 * passwords still work; the sign-in form never sees this filter, so a token is never a password there.
 */
class ApiTokenFilter extends OncePerRequestFilter {

    private final ApiTokens tokens;

    ApiTokenFilter(ApiTokens tokens) {
        this.tokens = tokens;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        Presented presented = header == null ? null : presented(header);
        if (presented == null) {
            chain.doFilter(request, response);
            return;
        }
        var owner = tokens.authenticate(presented.token())
                .filter(o ->
                        presented.username() == null || o.username().equals(UserNames.normalise(presented.username())));
        if (owner.isEmpty()) {
            response.setHeader(
                    "WWW-Authenticate",
                    presented.username() == null ? "Bearer error=\"invalid_token\"" : "Basic realm=\"Realm\"");
            response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
            return;
        }
        UserDetails user = User.withUsername(owner.get().username())
                .password("")
                .roles(owner.get().role().name())
                .build();
        // Looked up per request: Vaadin installs its own holder strategy after this filter is made.
        SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();
        var context = contexts.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        contexts.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            contexts.clearContext();
        }
    }

    /** The token in the header and, for Basic, the user name given with it; null when no token is presented. */
    private static Presented presented(String header) {
        String lower = header.toLowerCase(Locale.ROOT);
        if (lower.startsWith("bearer ")) {
            return new Presented(null, header.substring(7).strip());
        }
        if (lower.startsWith("basic ")) {
            String decoded;
            try {
                decoded = new String(
                        Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                return null; // the Basic filter answers a malformed header
            }
            int colon = decoded.indexOf(':');
            if (colon > 0 && decoded.startsWith(ApiTokens.PREFIX, colon + 1)) {
                return new Presented(decoded.substring(0, colon), decoded.substring(colon + 1));
            }
        }
        return null;
    }

    private record Presented(String username, String token) {}
}
