package uk.gov.halton.planner.base.backup;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.Flyway;

/** A real PostgreSQL server for a test class (embedded, user postgres, no password), with databases made on it. */
final class TestPostgres implements AutoCloseable {

    private final EmbeddedPostgres server;

    private TestPostgres(EmbeddedPostgres server) {
        this.server = server;
    }

    static TestPostgres start() {
        try {
            return new TestPostgres(EmbeddedPostgres.start());
        } catch (IOException e) {
            throw new IllegalStateException("Cannot start embedded PostgreSQL", e);
        }
    }

    int port() {
        return server.getPort();
    }

    String url(String database) {
        return server.getJdbcUrl("postgres", database);
    }

    Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(url(database), "postgres", "");
    }

    /** A new, empty database (createdb is not installed; CREATE DATABASE over JDBC does the same). */
    void createDatabase(String name) throws SQLException {
        try (Connection connection = connect("postgres");
                Statement statement = connection.createStatement()) {
            statement.execute("create database " + name);
        }
    }

    /** The application's schema, as its own Flyway migrations build it, with the tests' own tables. */
    void migrate(String database) {
        Flyway.configure()
                .dataSource(url(database), "postgres", "")
                .locations(DataImportTest.LOCATIONS)
                .load()
                .migrate();
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
