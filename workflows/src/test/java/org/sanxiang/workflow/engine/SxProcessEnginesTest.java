package org.sanxiang.workflow.engine;

import static org.junit.jupiter.api.Assertions.*;

import java.util.Map;

import org.activiti.engine.ProcessEngine;
import org.activiti.engine.delegate.JavaDelegate;
import org.junit.jupiter.api.Test;

class SxProcessEnginesTest {

    @Test
    void onlyH2AndPostgresqlUrlsAreAccepted() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SxProcessEngines.forDatabase("jdbc:mysql://localhost/x"));
        assertTrue(e.getMessage().startsWith("jdbcUrl"));
        assertThrows(IllegalArgumentException.class, () -> SxProcessEngines.forDatabase(" "));
        assertEquals("org.postgresql.Driver", SxProcessEngines.driverFor("jdbc:postgresql://127.0.0.1:5432/x"));
    }

    @Test
    void configuredAsAlfrescoConfiguresItsEngine() {
        var cfg = SxProcessEngines.forDatabase("jdbc:h2:mem:unused").configuration();
        assertEquals("full", cfg.getHistory());
        assertTrue(cfg.isBulkInsertEnabled(), "bulk inserts");
        assertEquals(100, cfg.getIdBlockSize(), "system.workflow.engine.activiti.idblocksize");
        assertFalse(cfg.isAsyncExecutorEnabled(), "the classic job executor");
    }

    @Test
    void beansResolveInDelegateExpressionsAndTheJobExecutorFollowsTheSwitch() {
        StringBuilder called = new StringBuilder();
        JavaDelegate delegate = execution -> called.append(execution.getCurrentActivityId());
        H2TestDatabase db = new H2TestDatabase();
        ProcessEngine engine = SxProcessEngines.forDatabase(db.jdbcUrl()).name("beans-test").jobExecutor(true)
                .beans(Map.of("sxProbe", delegate)).build();
        try {
            assertTrue(engine.getProcessEngineConfiguration().getJobExecutor().isActive(), "job executor on");
            engine.getRepositoryService().createDeployment().addString("probe.bpmn20.xml",
                    "<definitions xmlns='http://www.omg.org/spec/BPMN/20100524/MODEL' xmlns:activiti='http://activiti.org/bpmn'"
                    + " targetNamespace='t'><process id='probe' isExecutable='true'><startEvent id='s'/>"
                    + "<sequenceFlow id='f1' sourceRef='s' targetRef='probeTask'/>"
                    + "<serviceTask id='probeTask' activiti:delegateExpression='${sxProbe}'/>"
                    + "<sequenceFlow id='f2' sourceRef='probeTask' targetRef='e'/><endEvent id='e'/></process></definitions>")
                    .deploy();
            engine.getRuntimeService().startProcessInstanceByKey("probe");
            assertEquals("probeTask", called.toString());
        } finally {
            engine.close();
            db.close();
        }
    }

    /**
     * The engine's rows are made by {@link AccessibleObjectFactory}: MyBatis's own factory throws and catches an
     * IllegalAccessException for every row of an entity with a protected constructor (every variable read). It makes
     * those entities, still resolves the interfaces MyBatis asks for, and a process's variables read back through it.
     */
    @Test
    void rowsAreMadeWithoutAnExceptionPerVariable() {
        H2TestDatabase db = new H2TestDatabase();
        ProcessEngine engine = SxProcessEngines.forDatabase(db.jdbcUrl()).name("rows-test").build();
        try {
            org.apache.ibatis.reflection.factory.ObjectFactory rows = ((org.activiti.engine.impl.ProcessEngineImpl) engine)
                    .getProcessEngineConfiguration().getSqlSessionFactory().getConfiguration().getObjectFactory();
            assertInstanceOf(AccessibleObjectFactory.class, rows);
            for (Class<?> entity : java.util.List.of(org.activiti.engine.impl.persistence.entity.VariableInstanceEntity.class,
                    org.activiti.engine.impl.persistence.entity.HistoricVariableInstanceEntity.class,
                    org.activiti.engine.impl.persistence.entity.ByteArrayEntity.class,
                    org.activiti.engine.impl.persistence.entity.HistoricDetailVariableInstanceUpdateEntity.class,
                    org.activiti.engine.impl.persistence.entity.TaskEntity.class)) {
                assertInstanceOf(entity, rows.create(entity));
            }
            assertInstanceOf(java.util.ArrayList.class, rows.create(java.util.List.class));
            assertInstanceOf(java.util.HashMap.class, rows.create(Map.class));
            engine.getRepositoryService().createDeployment().addString("wait.bpmn20.xml",
                    "<definitions xmlns='http://www.omg.org/spec/BPMN/20100524/MODEL' targetNamespace='t'>"
                    + "<process id='wait' isExecutable='true'><startEvent id='s'/><sequenceFlow id='f1' sourceRef='s' targetRef='t1'/>"
                    + "<userTask id='t1'/><sequenceFlow id='f2' sourceRef='t1' targetRef='e'/><endEvent id='e'/></process></definitions>")
                    .deploy();
            String id = engine.getRuntimeService().startProcessInstanceByKey("wait",
                    Map.of("sx_text", "案件", "sx_number", 7L, "sx_list", new java.util.ArrayList<>(java.util.List.of("a", "b")))).getId();
            assertEquals(Map.of("sx_text", "案件", "sx_number", 7L, "sx_list", java.util.List.of("a", "b")),
                    engine.getRuntimeService().getVariables(id));
            assertEquals(3, engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(id).list().size());
        } finally {
            SxProcessEngines.close(engine);
            db.close();
        }
    }

    /**
     * Activiti 5.23 uses spring-beans only to read activiti.cfg.xml (BeansConfigurationHelper); the
     * build resolves spring-beans to 6.2 (the Spring BOM). This proves that path still works.
     */
    @Test
    void activitiCfgXmlStillParsesWithSpringBeans6() {
        H2TestDatabase db = new H2TestDatabase();
        String xml = "<beans xmlns='http://www.springframework.org/schema/beans'"
                + " xmlns:xsi='http://www.w3.org/2001/XMLSchema-instance'"
                + " xsi:schemaLocation='http://www.springframework.org/schema/beans"
                + " http://www.springframework.org/schema/beans/spring-beans.xsd'>"
                + "<bean id='processEngineConfiguration' class='org.activiti.engine.impl.cfg.StandaloneProcessEngineConfiguration'>"
                + "<property name='jdbcUrl' value='" + db.jdbcUrl() + "'/><property name='jdbcDriver' value='org.h2.Driver'/>"
                + "<property name='jdbcUsername' value='sa'/><property name='databaseSchemaUpdate' value='true'/>"
                + "<property name='processEngineName' value='cfg-xml-test'/></bean></beans>";
        ProcessEngine engine = org.activiti.engine.ProcessEngineConfiguration.createProcessEngineConfigurationFromInputStream(
                new java.io.ByteArrayInputStream(xml.getBytes(java.nio.charset.StandardCharsets.UTF_8))).buildProcessEngine();
        try {
            assertEquals(0, engine.getRepositoryService().createDeploymentQuery().count());
        } finally {
            engine.close();
            db.close();
        }
    }
}
