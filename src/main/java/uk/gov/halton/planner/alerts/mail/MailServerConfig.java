package uk.gov.halton.planner.alerts.mail;

import java.util.Properties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.mail.autoconfigure.MailProperties;
import org.springframework.boot.ssl.SslBundles;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * The SMTP server from the {@code spring.mail.*} settings, decided when the application starts. Spring Boot's own
 * mail sender exists only under a condition on {@code spring.mail.host}, and Spring's AOT processing (the fast start,
 * see pom.xml) fixes conditions when the jar is built, where no host is set; so the sender is made here, always as a
 * bean, and is empty (null, which {@code ObjectProvider.getIfAvailable()} gives as absent) without a host, so that
 * mail then waits in the outbox as it always did.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MailProperties.class)
class MailServerConfig {

    @Bean
    JavaMailSender mailSender(MailProperties properties, ObjectProvider<SslBundles> sslBundles) {
        if (properties.getHost() == null || properties.getHost().isBlank()) {
            return null;
        }
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost(properties.getHost());
        if (properties.getPort() != null) {
            sender.setPort(properties.getPort());
        }
        sender.setUsername(properties.getUsername());
        sender.setPassword(properties.getPassword());
        sender.setProtocol(properties.getProtocol());
        if (properties.getDefaultEncoding() != null) {
            sender.setDefaultEncoding(properties.getDefaultEncoding().name());
        }
        Properties javaMail = new Properties();
        javaMail.putAll(properties.getProperties());
        String protocol = properties.getProtocol() == null ? "smtp" : properties.getProtocol();
        if (properties.getSsl().isEnabled()) {
            javaMail.setProperty("mail." + protocol + ".ssl.enable", "true");
        }
        if (properties.getSsl().getBundle() != null) {
            var bundle = sslBundles.getObject().getBundle(properties.getSsl().getBundle());
            javaMail.put(
                    "mail." + protocol + ".ssl.socketFactory",
                    bundle.createSslContext().getSocketFactory());
        }
        sender.setJavaMailProperties(javaMail);
        return sender;
    }
}
