package uk.gov.halton.planner.compliance;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import uk.gov.halton.planner.exercises.TestClockConfiguration;

import java.io.IOException;

/** The same statutory date rules on a real PostgreSQL server (timestamps, date arithmetic and ranges as it does them). */
@SpringBootTest
@ActiveProfiles({"postgres", "demo"})
@Import(TestClockConfiguration.class)
// Closed after this class while its server still runs; the server stops with the JVM.
@DirtiesContext
class ComplianceRulesPostgresTest extends ComplianceRulesContract {

    static final EmbeddedPostgres postgres = start();

    private static EmbeddedPostgres start() {
        try {
            return EmbeddedPostgres.start();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot start embedded PostgreSQL", e);
        }
    }

    @DynamicPropertySource
    static void datasource(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> postgres.getJdbcUrl("postgres", "postgres"));
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "");
    }
}
