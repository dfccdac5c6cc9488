package org.sanxiang.workflow.engine;

import static org.junit.jupiter.api.Assertions.*;

import org.activiti.engine.ProcessEngine;
import org.junit.jupiter.api.Test;

class SmokeTest {
    @Test
    void engineStartsOnH2() {
        ProcessEngine engine = SxProcessEngines.forDatabase("jdbc:h2:mem:smoke;DB_CLOSE_DELAY=-1").name("smoke").build();
        try {
            engine.getRepositoryService().createDeployment().addString("t.bpmn20.xml",
                "<definitions xmlns='http://www.omg.org/spec/BPMN/20100524/MODEL' targetNamespace='x'>"
                + "<process id='p' isExecutable='true'><startEvent id='s'/><sequenceFlow id='f1' sourceRef='s' targetRef='u'/>"
                + "<userTask id='u'/><sequenceFlow id='f2' sourceRef='u' targetRef='e'/><endEvent id='e'/></process></definitions>").deploy();
            var pi = engine.getRuntimeService().startProcessInstanceByKey("p");
            var task = engine.getTaskService().createTaskQuery().processInstanceId(pi.getId()).singleResult();
            engine.getTaskService().complete(task.getId());
            assertEquals(0, engine.getRuntimeService().createProcessInstanceQuery().count());
        } finally {
            engine.close();
        }
    }
}
