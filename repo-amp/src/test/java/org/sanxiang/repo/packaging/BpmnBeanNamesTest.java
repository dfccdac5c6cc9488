package org.sanxiang.repo.packaging;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;

class BpmnBeanNamesTest {

    @Test
    void findsDelegatesAndBeanCallsButNotVariables() {
        String bpmn = """
                <serviceTask id="a" activiti:delegateExpression="${sxDeadlineDelegate}"/>
                <serviceTask id="b" activiti:expression="${sxProfiles.get(sxwf_profileId)}"/>
                <serviceTask id="c" activiti:expression="${execution.setVariable('x', 1)}"/>
                <serviceTask id="d" activiti:expression="${bpm_package.children}"/>
                <activiti:taskListener event="create" delegateExpression="${sxCaseListener}"/>
                <activiti:taskListener event="complete" activiti:delegateExpression="#{sxOutcomeListener}"/>
                <sequenceFlow><conditionExpression>${sxwf_major == true}</conditionExpression></sequenceFlow>
                <serviceTask id="e" activiti:expression="${sxwf_caseFolder.getName()}"/>
                <activiti:field name="days" expression="${sxwf_days}"/>
                <activiti:executionListener event="end" expression="${sxChain.seal(execution)}"/>
                """;
        assertEquals(Set.of("sxDeadlineDelegate", "sxProfiles", "sxCaseListener", "sxOutcomeListener", "sxChain"), BpmnBeanNames.of(bpmn));
    }
}
