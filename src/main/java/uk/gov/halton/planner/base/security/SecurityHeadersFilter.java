package uk.gov.halton.planner.base.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Security headers on every response, whichever chain or servlet answers it: Content-Security-Policy (with
 * frame-ancestors 'none'), X-Frame-Options DENY to say the same to older browsers, referrer policy, nosniff, and
 * over HTTPS (directly or behind a proxy that says so in X-Forwarded-Proto) Strict-Transport-Security. They are set
 * before the rest of the chain runs, so Spring Security's own header writers, which write only missing headers, do
 * not add a second, different value.
 */
class SecurityHeadersFilter extends OncePerRequestFilter {

    private final String contentSecurityPolicy;

    SecurityHeadersFilter(String contentSecurityPolicy) {
        this.contentSecurityPolicy = contentSecurityPolicy;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader("Content-Security-Policy", contentSecurityPolicy);
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        }
        chain.doFilter(request, response);
    }
}
