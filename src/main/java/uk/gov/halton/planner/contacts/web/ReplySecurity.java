package uk.gov.halton.planner.contacts.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import uk.gov.halton.planner.base.SecretLinkSecurity;

/**
 * Invitees answer without an account: the signed link is the credential, so there is no session and no CSRF token
 * (a forged form cannot know the link's signature). This chain covers only /invitations/** .
 */
@Configuration
class ReplySecurity {

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE + 11)
    SecurityFilterChain invitationReplyChain(HttpSecurity http) throws Exception {
        return SecretLinkSecurity.chain(http, "/invitations/**");
    }
}
