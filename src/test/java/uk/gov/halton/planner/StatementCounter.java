package uk.gov.halton.planner;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Set;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Counts the SQL statements this thread sends while it runs some code, whether they come from Hibernate, Spring Data
 * or a JdbcClient: the application's data source is wrapped so that each connection it hands out counts the
 * statements prepared on it, while a count is running on the thread. Other threads, and code outside
 * {@link #count}, pass through uncounted.
 */
public final class StatementCounter {

    private static final Set<String> STATEMENTS = Set.of("prepareStatement", "createStatement", "prepareCall");
    private static final ThreadLocal<int[]> RUNNING = new ThreadLocal<>();

    public record Counted<T>(T result, int statements) {}

    private StatementCounter() {}

    public static <T> Counted<T> count(Supplier<T> work) {
        int[] counter = {0};
        int[] outer = RUNNING.get();
        RUNNING.set(counter);
        try {
            T result = work.get();
            return new Counted<>(result, counter[0]);
        } finally {
            RUNNING.set(outer);
        }
    }

    /** Wraps the application's data source (the test configuration declares it). */
    public static class Installer implements BeanPostProcessor {

        @Override
        public Object postProcessAfterInitialization(Object bean, String beanName) {
            return bean instanceof DataSource ds && !(bean instanceof DelegatingDataSource) ? new Counting(ds) : bean;
        }
    }

    static final class Counting extends DelegatingDataSource {

        Counting(DataSource target) {
            super(target);
        }

        @Override
        public Connection getConnection() throws SQLException {
            return counted(super.getConnection());
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return counted(super.getConnection(username, password));
        }

        private static Connection counted(Connection connection) {
            InvocationHandler handler = (proxy, method, args) -> {
                int[] counter = RUNNING.get();
                if (counter != null && STATEMENTS.contains(method.getName())) {
                    counter[0]++;
                }
                try {
                    return method.invoke(connection, args);
                } catch (InvocationTargetException e) {
                    throw e.getCause();
                }
            };
            return (Connection) Proxy.newProxyInstance(
                    Connection.class.getClassLoader(), new Class<?>[] {Connection.class}, handler);
        }
    }
}
