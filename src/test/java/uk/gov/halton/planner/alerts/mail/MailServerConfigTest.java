package uk.gov.halton.planner.alerts.mail;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * The mail server is decided by spring.mail.host when the application starts (not by a condition, which Spring's
 * AOT processing would fix at build time): without a host there is no sender and mail waits in the outbox.
 */
class MailServerConfigTest {

    private final ApplicationContextRunner context =
            new ApplicationContextRunner().withUserConfiguration(MailServerConfig.class);

    @Test
    void withoutAHostThereIsNoMailSender() {
        context.run(app -> assertThat(app.getBeanProvider(JavaMailSender.class).getIfAvailable())
                .isNull());
    }

    @Test
    void aHostGivenAtStartMakesTheSenderWithTheOtherSettings() {
        context.withPropertyValues(
                        "spring.mail.host=smtp.example.org",
                        "spring.mail.port=2525",
                        "spring.mail.username=planner",
                        "spring.mail.password=secret",
                        "spring.mail.properties.mail.smtp.localhost=planner.test",
                        "spring.mail.ssl.enabled=true")
                .run(app -> {
                    JavaMailSenderImpl sender = (JavaMailSenderImpl)
                            app.getBeanProvider(JavaMailSender.class).getIfAvailable();
                    assertThat(sender).isNotNull();
                    assertThat(sender.getHost()).isEqualTo("smtp.example.org");
                    assertThat(sender.getPort()).isEqualTo(2525);
                    assertThat(sender.getUsername()).isEqualTo("planner");
                    assertThat(sender.getPassword()).isEqualTo("secret");
                    assertThat(sender.getJavaMailProperties())
                            .containsEntry("mail.smtp.localhost", "planner.test")
                            .containsEntry("mail.smtp.ssl.enable", "true");
                });
    }
}
