package uk.gov.halton.planner.base.security;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ContentSecurityPolicyTest {

    @Test
    void onlyThisServerUnlessATileServerIsConfigured() {
        assertThat(SecurityConfig.contentSecurityPolicy(""))
                .contains("img-src 'self' data: blob:;").doesNotContain("http");
        assertThat(SecurityConfig.contentSecurityPolicy("https://tiles.example.org/{z}/{x}/{y}.png"))
                .contains("img-src 'self' data: blob: https://tiles.example.org;");
        assertThat(SecurityConfig.contentSecurityPolicy("javascript:alert(1)")).doesNotContain("javascript");
    }
}
