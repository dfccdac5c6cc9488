package org.sanxiang.workflow.engine;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import javax.sql.DataSource;

import org.activiti.engine.ProcessEngine;
import org.activiti.engine.ProcessEngineConfiguration;
import org.activiti.engine.impl.ProcessEngineImpl;
import org.activiti.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.apache.ibatis.datasource.pooled.PooledDataSource;

/**
 * Builds an Activiti 5.23 {@link ProcessEngine} outside Alfresco, without Spring: a JDBC URL, the
 * job executor on or off, and the beans that {@code activiti:delegateExpression="${name}"} resolves
 * (the standalone mirror of Alfresco's {@code activitiBeanRegistry}).
 *
 * <p>Timers need the job executor; tests leave it off and fire due timers themselves after moving
 * the engine clock, which keeps them deterministic.
 */
public final class SxProcessEngines {

    /** Alfresco's {@code system.workflow.engine.activiti.idblocksize}. */
    public static final int ALFRESCO_ID_BLOCK_SIZE = 100;

    private String name = "sanxiang";
    private String jdbcUrl;
    private String jdbcUser = "sa";
    private String jdbcPassword = "";
    private String jdbcDriver;
    private boolean jobExecutor;
    private String schemaUpdate = ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE;
    private final Map<Object, Object> beans = new LinkedHashMap<>();

    private SxProcessEngines() {
    }

    /** Starts a builder for the database at {@code jdbcUrl} (H2 or PostgreSQL). */
    public static SxProcessEngines forDatabase(String jdbcUrl) {
        if (jdbcUrl == null || jdbcUrl.isBlank()) {
            throw new IllegalArgumentException("jdbcUrl is required");
        }
        SxProcessEngines builder = new SxProcessEngines();
        builder.jdbcUrl = jdbcUrl;
        builder.jdbcDriver = driverFor(jdbcUrl);
        return builder;
    }

    /** The engine's name, unique per JVM (Activiti keeps a static registry of engines by name). */
    public SxProcessEngines name(String engineName) {
        this.name = Objects.requireNonNull(engineName, "engineName");
        return this;
    }

    public SxProcessEngines credentials(String user, String password) {
        this.jdbcUser = Objects.requireNonNull(user, "user");
        this.jdbcPassword = password == null ? "" : password;
        return this;
    }

    /** Whether the job executor runs timers and async jobs by itself (true in production). */
    public SxProcessEngines jobExecutor(boolean active) {
        this.jobExecutor = active;
        return this;
    }

    /**
     * How the schema is handled: {@code "true"} creates or upgrades it (the default),
     * {@code "false"} requires it to exist at the engine's version.
     */
    public SxProcessEngines schemaUpdate(String mode) {
        this.schemaUpdate = Objects.requireNonNull(mode, "mode");
        return this;
    }

    /** Adds a bean that expressions and {@code activiti:delegateExpression} can name. */
    public SxProcessEngines bean(String beanName, Object bean) {
        beans.put(Objects.requireNonNull(beanName, "beanName"), Objects.requireNonNull(bean, beanName));
        return this;
    }

    public SxProcessEngines beans(Map<String, ?> namedBeans) {
        namedBeans.forEach(this::bean);
        return this;
    }

    /** The configuration, for callers that need to adjust it further before building. */
    public StandaloneProcessEngineConfiguration configuration() {
        StandaloneProcessEngineConfiguration cfg = new StandaloneProcessEngineConfiguration() {
            @Override
            protected void initCustomMybatisMappers(org.apache.ibatis.session.Configuration mybatis) {
                super.initCustomMybatisMappers(mybatis);
                mybatis.setObjectFactory(new AccessibleObjectFactory()); // not an exception per variable row read
            }

            @Override
            protected java.io.InputStream getMyBatisXmlConfigurationSteam() {
                // its bulk inserts built once per number of rows, not on every flush
                return ListSizeLanguageDriver.configured(super.getMyBatisXmlConfigurationSteam());
            }
        };
        cfg.setProcessEngineName(name);
        cfg.setJdbcUrl(jdbcUrl);
        cfg.setJdbcDriver(jdbcDriver);
        cfg.setJdbcUsername(jdbcUser);
        cfg.setJdbcPassword(jdbcPassword);
        cfg.setDatabaseSchemaUpdate(schemaUpdate);
        // As Alfresco configures its embedded engine (activiti-context.xml, repository.properties), so that
        // what the engine costs here is what it costs there: the classic job executor, not the async executor;
        cfg.setJobExecutorActivate(jobExecutor);
        cfg.setAsyncExecutorEnabled(false);
        cfg.setAsyncExecutorActivate(false);
        // full history (task and variable history feed its workflow console);
        cfg.setHistory("full");
        // the engine's bulk inserts (one multi-row INSERT per table and flush), which Alfresco leaves on;
        cfg.setBulkInsertEnabled(true);
        // ids taken from the database in blocks of 100 (system.workflow.engine.activiti.idblocksize).
        cfg.setIdBlockSize(ALFRESCO_ID_BLOCK_SIZE);
        cfg.setCreateDiagramOnDeploy(false);
        cfg.setBeans(new LinkedHashMap<>(beans));
        return cfg;
    }

    public ProcessEngine build() {
        return configuration().buildProcessEngine();
    }

    /**
     * Closes the engine and the connection pool it built from its URL: Activiti's close stops the job executor
     * but leaves the pool's connections open, so a closed runtime held up to ten of them (and its H2 file) until
     * the JVM exited.
     */
    public static void close(ProcessEngine engine) {
        DataSource pool = ((ProcessEngineImpl) engine).getProcessEngineConfiguration().getDataSource();
        engine.close();
        if (pool instanceof PooledDataSource pooled) {
            pooled.forceCloseAll();
        }
    }

    static String driverFor(String jdbcUrl) {
        if (jdbcUrl.startsWith("jdbc:h2:")) {
            return "org.h2.Driver";
        }
        if (jdbcUrl.startsWith("jdbc:postgresql:")) {
            return "org.postgresql.Driver";
        }
        throw new IllegalArgumentException("jdbcUrl: only H2 (jdbc:h2:) and PostgreSQL (jdbc:postgresql:) are supported, got "
                + jdbcUrl);
    }
}
