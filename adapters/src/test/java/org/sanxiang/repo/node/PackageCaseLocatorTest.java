package org.sanxiang.repo.node;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;

import org.activiti.engine.delegate.VariableScope;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PackageCaseLocatorTest {

    /** Stands for Alfresco's ActivitiScriptNode in bpm_package: something that is not a string. */
    record ScriptNodeLike(String nodeRef) {
    }

    final FakeNodes nodes = new FakeNodes();
    final NodeCaseRepository cases = new NodeCaseRepository(nodes, new NodeValues(NodeCaseRepositoryTest.ZONE));
    final PackageCaseLocator locator = new PackageCaseLocator(nodes, cases,
            v -> v instanceof ScriptNodeLike s ? s.nodeRef() : null);
    final String caseId = nodes.caseFolder("case-1", NodeCaseRepositoryTest.caseProperties());
    final String pkg = nodes.create(nodes.root(), "bpm:package", "pkg", Map.of());

    static VariableScope scope(Map<String, Object> variables) {
        return (VariableScope) Proxy.newProxyInstance(VariableScope.class.getClassLoader(), new Class<?>[] {VariableScope.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("getVariable") && args.length == 1) {
                        return variables.get((String) args[0]);
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    @Test
    @DisplayName("bpm_package holding the case folder leads to the case")
    void packageWithCaseFolder() {
        nodes.link(pkg, caseId);
        assertEquals(caseId, locator.caseId(scope(Map.of("bpm_package", new ScriptNodeLike(pkg)))));
    }

    @Test
    @DisplayName("bpm_package holding records of the case leads to their case folder")
    void packageWithRecords() {
        String a = cases.createRecord(caseId, "sx:textRecord", "a.pdf", Map.of()).id();
        String b = cases.createRecord(caseId, "sx:evidence", "b.jpg", Map.of()).id();
        nodes.link(pkg, a);
        nodes.link(pkg, b);
        assertEquals(caseId, locator.caseId(scope(Map.of("bpm_package", new ScriptNodeLike(pkg)))));
    }

    @Test
    @DisplayName("sx_caseId wins over the package")
    void caseIdVariableWins() {
        Map<String, Object> v = new HashMap<>();
        v.put("sx_caseId", "workspace://SpacesStore/explicit");
        v.put("bpm_package", new ScriptNodeLike(pkg));
        assertEquals("workspace://SpacesStore/explicit", locator.caseId(scope(v)));
    }

    @Test
    @DisplayName("an empty package, items of two cases, or no variables fail naming bpm_package")
    void failures() {
        assertTrue(assertThrows(IllegalStateException.class, () -> locator.caseId(scope(Map.of("bpm_package", new ScriptNodeLike(pkg)))))
                .getMessage().contains("neither a case folder nor records"));
        String other = nodes.caseFolder("case-2", NodeCaseRepositoryTest.caseProperties());
        nodes.link(pkg, caseId);
        nodes.link(pkg, other);
        assertTrue(assertThrows(IllegalStateException.class, () -> locator.caseId(scope(Map.of("bpm_package", new ScriptNodeLike(pkg)))))
                .getMessage().contains("several cases"));
        assertTrue(assertThrows(IllegalStateException.class, () -> locator.caseId(scope(Map.of()))).getMessage().contains("bpm_package"));
        assertTrue(assertThrows(IllegalStateException.class, () -> locator.caseId(scope(Map.of("bpm_package", 42))))
                .getMessage().contains("not a node"));
    }
}
