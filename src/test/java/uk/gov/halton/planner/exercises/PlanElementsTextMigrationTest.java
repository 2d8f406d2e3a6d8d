package uk.gov.halton.planner.exercises;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/**
 * V88 retires the free-text "plan elements tested" of an exercise: what planners wrote there moves into the
 * objectives, on H2 and on PostgreSQL alike, and the column is gone.
 */
class PlanElementsTextMigrationTest {

    @Test
    void theOldTextIsKeptInTheObjectivesOnH2() throws Exception {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:v88-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        h2.setUser("sa");
        h2.setPassword("");
        checkMigration(h2);
    }

    @Test
    void theOldTextIsKeptInTheObjectivesOnPostgres() throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.start()) {
            checkMigration(postgres.getPostgresDatabase());
        }
    }

    private static void checkMigration(DataSource db) throws SQLException {
        Flyway.configure()
                .dataSource(db)
                .locations("classpath:db/migration")
                .target("87")
                .load()
                .migrate();
        try (Connection c = db.getConnection();
                Statement s = c.createStatement()) {
            insert(s, 1, "'Test the call-out'", "'Alert and call-out; media briefing'");
            insert(s, 2, "null", "'Shelter-in-place advice'");
            insert(s, 3, "'Only objectives'", "'  '");
        }
        Flyway.configure()
                .dataSource(db)
                .locations("classpath:db/migration")
                .load()
                .migrate();
        try (Connection c = db.getConnection();
                Statement s = c.createStatement()) {
            assertThat(objectives(s, 1))
                    .isEqualTo("Test the call-out\n\nPlan elements tested (as written before "
                            + "results were recorded per element):\nAlert and call-out; media briefing");
            assertThat(objectives(s, 2))
                    .isEqualTo("Plan elements tested (as written before results were recorded "
                            + "per element):\nShelter-in-place advice");
            assertThat(objectives(s, 3)).isEqualTo("Only objectives");
            try (ResultSet columns = c.getMetaData().getColumns(null, null, "%", "%")) {
                while (columns.next()) {
                    if (columns.getString("TABLE_NAME").equalsIgnoreCase("exercise")) {
                        assertThat(columns.getString("COLUMN_NAME")).isNotEqualToIgnoringCase("plan_elements");
                    }
                }
            }
        }
    }

    private static void insert(Statement s, long id, String objectives, String elements) throws SQLException {
        s.execute("insert into exercise (id, name, template_type, status, starts_at, ends_at, plan_ids, plan_elements,"
                + " objectives, created_by) values (" + id + ", 'Exercise " + id + "', 'tabletop', 'HELD', "
                + "timestamp with time zone '2025-03-04 10:00:00+00', timestamp with time zone '2025-03-04 12:00:00+00',"
                + " 'emerald-kalama', " + elements + ", " + objectives + ", 'planner')");
    }

    private static String objectives(Statement s, long id) throws SQLException {
        try (ResultSet rs = s.executeQuery("select objectives from exercise where id = " + id)) {
            assertThat(rs.next()).isTrue();
            return rs.getString(1);
        }
    }
}
