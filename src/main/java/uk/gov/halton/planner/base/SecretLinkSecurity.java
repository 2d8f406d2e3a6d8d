package uk.gov.halton.planner.base;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The one shape of a filter chain for addresses whose secret or signature is itself the credential (calendar feeds,
 * invitation replies): open to anyone who has the address, no session, no saved request, and no CSRF token (a forged
 * request cannot know the secret). Each chain covers only its own paths and leaves the application's chain untouched.
 */
public final class SecretLinkSecurity {

    private SecretLinkSecurity() {}

    /** A chain for the given path patterns only; the caller's bean gives its order. */
    public static SecurityFilterChain chain(HttpSecurity http, String... paths) throws Exception {
        http.securityMatcher(paths)
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
        return http.build();
    }
}
