package uk.gov.halton.planner.compliance;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import uk.gov.halton.planner.PostgresForTests;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import uk.gov.halton.planner.exercises.TestClockConfiguration;


/** The same statutory date rules on a real PostgreSQL server (timestamps, date arithmetic and ranges as it does them). */
@SpringBootTest
@ActiveProfiles({"postgres", "demo"})
@Import(TestClockConfiguration.class)
// Closed after this class while its server still runs; the server stops with the JVM.
@DirtiesContext
class ComplianceRulesPostgresTest extends ComplianceRulesContract {

    static final EmbeddedPostgres postgres = PostgresForTests.start();

    @DynamicPropertySource
    static void datasource(DynamicPropertyRegistry registry) {
        PostgresForTests.use(postgres, registry);
    }
}
