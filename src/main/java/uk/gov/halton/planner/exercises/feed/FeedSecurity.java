package uk.gov.halton.planner.exercises.feed;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import uk.gov.halton.planner.base.SecretLinkSecurity;

/**
 * Calendar clients fetch the feed without a session: the secret in the URL is the credential. This chain covers only
 * /calendar/*.ics and leaves the application's own chain untouched.
 */
@Configuration
class FeedSecurity {

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE + 10)
    SecurityFilterChain calendarFeedChain(HttpSecurity http) throws Exception {
        return SecretLinkSecurity.chain(http, "/calendar/*.ics");
    }
}
