package org.sanxiang.workflow.engine;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A fresh in-memory H2 database. It lives until {@link #close()} (not until the last connection
 * closes), so a second engine built on the same URL finds the first engine's state: a restart.
 */
public final class H2TestDatabase implements TestDatabase {

    private static final AtomicInteger COUNTER = new AtomicInteger();

    private final String url = "jdbc:h2:mem:sx" + COUNTER.incrementAndGet() + ";DB_CLOSE_DELAY=-1";

    @Override
    public String jdbcUrl() {
        return url;
    }

    @Override
    public String user() {
        return "sa";
    }

    @Override
    public String password() {
        return "";
    }

    @Override
    public String kind() {
        return "h2";
    }

    @Override
    public void close() {
        try (Connection c = DriverManager.getConnection(url, user(), password())) {
            c.createStatement().execute("SHUTDOWN");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot shut down " + url, e);
        }
    }
}
