package app.tandem.survey;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.stereotype.Component;

/**
 * Test-only: counts the SQL statements a piece of work prepares, whoever prepares them (Hibernate,
 * JdbcTemplate, the event publication registry). While {@link #count} runs on a thread, connections
 * that thread takes from the pool count every prepareStatement / createStatement / prepareCall (a JDBC
 * batch is one statement). Outside {@link #count} the pool's own connections are handed out unchanged.
 */
@Component
public class StatementCounter implements BeanPostProcessor {

    private static final ThreadLocal<@Nullable AtomicInteger> COUNTER = new ThreadLocal<>();

    /** Runs the work and returns how many statements it prepared, with its result. */
    public static <T> Counted<T> count(Supplier<T> work) {
        AtomicInteger counter = new AtomicInteger();
        COUNTER.set(counter);
        try {
            T result = work.get();
            return new Counted<>(result, counter.get());
        } finally {
            COUNTER.remove();
        }
    }

    public record Counted<T>(T result, int statements) {}

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof DataSource ds && !(bean instanceof CountingDataSource)) {
            return new CountingDataSource(ds);
        }
        return bean;
    }

    static final class CountingDataSource extends DelegatingDataSource {

        CountingDataSource(DataSource target) {
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

        private static Connection counted(Connection real) {
            AtomicInteger counter = COUNTER.get();
            if (counter == null) {
                return real;
            }
            InvocationHandler handler = (proxy, method, args) -> {
                String name = method.getName();
                if (name.equals("prepareStatement") || name.equals("createStatement") || name.equals("prepareCall")) {
                    AtomicInteger now = COUNTER.get();
                    if (now != null) {
                        now.incrementAndGet();
                    }
                }
                try {
                    return method.invoke(real, args);
                } catch (InvocationTargetException e) {
                    throw e.getCause();
                }
            };
            return (Connection) Proxy.newProxyInstance(StatementCounter.class.getClassLoader(),
                    new Class<?>[] {Connection.class}, handler);
        }
    }
}
