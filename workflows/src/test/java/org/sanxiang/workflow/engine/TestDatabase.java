package org.sanxiang.workflow.engine;

/** A database an engine test runs on: a JDBC URL and credentials, disposed after the test. */
public interface TestDatabase extends AutoCloseable {

    String jdbcUrl();

    String user();

    String password();

    /** Short name for display names and engine names ("h2", "postgresql"). */
    String kind();

    @Override
    void close();
}
