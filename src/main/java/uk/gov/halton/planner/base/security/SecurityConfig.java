package uk.gov.halton.planner.base.security;

import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import jakarta.servlet.DispatcherType;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import uk.gov.halton.planner.base.MapTiles;
import uk.gov.halton.planner.base.Role;
import uk.gov.halton.planner.base.ui.LoginView;

@Configuration
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfig {

    private final String contentSecurityPolicy;

    SecurityConfig(MapTiles tiles) {
        this.contentSecurityPolicy = contentSecurityPolicy(tiles);
    }

    /**
     * What pages may load: only this server, except map tiles from the configured tile server (its origin only, from
     * the same setting the maps use; none when the background is off). Vaadin's client evaluates the scripts the
     * server sends and sets inline styles, hence unsafe-eval and unsafe-inline.
     */
    static String contentSecurityPolicy(MapTiles mapTiles) {
        String tiles = mapTiles.origin().map(origin -> " " + origin).orElse("");
        return "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
                + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:" + tiles + "; font-src 'self' data:; "
                + "connect-src 'self'; worker-src 'self' blob:; object-src 'none'; base-uri 'self'; "
                + "form-action 'self'; frame-ancestors 'none'";
    }

    /**
     * Security headers on every response, set by a plain servlet filter: Vaadin's security configurer replaces
     * Spring Security's header settings with its own, so they cannot be set there.
     */
    @Bean
    org.springframework.boot.web.servlet.FilterRegistrationBean<SecurityHeadersFilter> securityHeaders() {
        var registration = new org.springframework.boot.web.servlet.FilterRegistrationBean<>(
                new SecurityHeadersFilter(contentSecurityPolicy));
        registration.setOrder(org.springframework.core.Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    /**
     * The actuator endpoints, before Vaadin's chain: health (a summary; details for administrators only) is open
     * to anyone, every other endpoint needs a signed-in administrator, by the session or by HTTP Basic for scripts.
     * Without credentials the answer is 401 with a Basic challenge, not a redirect to the login page.
     */
    @Bean
    @Order(1)
    SecurityFilterChain actuatorFilterChain(HttpSecurity http) throws Exception {
        http.securityMatcher(EndpointRequest.toAnyEndpoint())
                .authorizeHttpRequests(requests -> requests.requestMatchers(EndpointRequest.to(HealthEndpoint.class))
                        .permitAll()
                        .anyRequest()
                        .hasRole(Role.ADMIN.name()))
                .httpBasic(Customizer.withDefaults());
        return http.build();
    }

    /**
     * The read-only GIS API: GIS tools such as QGIS authenticate with HTTP Basic against the same users, and a
     * signed-in browser's session works too. Without either the answer is 401 with a Basic challenge.
     */
    @Bean
    @Order(2)
    SecurityFilterChain apiFilterChain(HttpSecurity http, ApiTokens apiTokens) throws Exception {
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                // GIS tools such as QGIS authenticate to the read-only API with HTTP Basic against the same users.
                .httpBasic(Customizer.withDefaults());
        // Personal API tokens (Bearer, or as the Basic password) on /api/** only, before the BCrypt-checked Basic.
        http.addFilterBefore(
                new ApiTokenFilter(apiTokens),
                org.springframework.security.web.authentication.www.BasicAuthenticationFilter.class);
        return http.build();
    }

    /**
     * Everything else: the Vaadin application, whose unauthenticated requests go to the login page, never to a Basic
     * challenge. Vaadin's own CSRF set-up exempts the login form's POST /login; here only Vaadin's internal requests
     * (which carry Vaadin's own CSRF token) are exempt, so signing in needs Spring's token too. The login form sends it
     * from the page's _csrf meta tags, which Vaadin writes into every page.
     */
    @Bean
    @Order(3)
    SecurityFilterChain securityFilterChain(HttpSecurity http, RequestUtil requestUtil) throws Exception {
        http.csrf(csrf -> csrf.ignoringRequestMatchers(requestUtil::isFrameworkInternalRequest));
        // The error page rendering a 401 or 403 another chain already decided (the API's, the actuator's) must not
        // be turned into a redirect to the login page by this chain.
        http.authorizeHttpRequests(requests ->
                requests.dispatcherTypeMatchers(DispatcherType.ERROR).permitAll());
        // The tab icon is on every page, the sign-in page too: without this a signed-out browser was sent to the
        // sign-in page for it and logged a 404 in its console.
        http.authorizeHttpRequests(
                requests -> requests.requestMatchers("/icons/**").permitAll());
        return http.with(
                        VaadinSecurityConfigurer.vaadin(),
                        vaadin -> vaadin.loginView(LoginView.class).enableCsrfConfiguration(false))
                .build();
    }

    /** BCrypt by default, with the algorithm recorded in each hash so that it can be changed later. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
