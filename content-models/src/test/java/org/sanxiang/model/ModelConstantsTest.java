package org.sanxiang.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.sanxiang.model.m2.M2Class;
import org.sanxiang.model.m2.M2Model;

/** The constants classes and the model XML name exactly the same things, in both directions. */
class ModelConstantsTest {

    @Test
    @DisplayName("SanxiangModel holds every sx name and nothing else")
    void contentModelConstantsMatchXml() {
        assertConstantsMatch(SanxiangModel.class, TestModels.content());
    }

    @Test
    @DisplayName("SanxiangWorkflowModel holds every sxwf name and nothing else")
    void workflowModelConstantsMatchXml() {
        assertConstantsMatch(SanxiangWorkflowModel.class, TestModels.workflow());
    }

    static void assertConstantsMatch(Class<?> constants, M2Model model) {
        Map<String, String> fromXml = expectedConstants(model);
        Map<String, String> fromClass = new TreeMap<>();
        String uri = null;
        for (Field f : constants.getDeclaredFields()) {
            int mod = f.getModifiers();
            if (!Modifier.isStatic(mod) || !Modifier.isPublic(mod)) {
                continue;
            }
            try {
                Object value = f.get(null);
                if (f.getName().equals("URI")) {
                    uri = (String) value;
                } else if (value instanceof QName q) {
                    assertEquals(model.namespaceUri(), q.getNamespaceUri(), constants.getSimpleName() + "." + f.getName());
                    assertEquals(model.prefix(), q.getPrefix(), constants.getSimpleName() + "." + f.getName());
                    fromClass.put(f.getName(), q.toPrefixString());
                }
            } catch (IllegalAccessException e) {
                throw new AssertionError(e);
            }
        }
        assertEquals(model.namespaceUri(), uri, constants.getSimpleName() + ".URI");

        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, String> e : fromXml.entrySet()) {
            String actual = fromClass.get(e.getKey());
            if (actual == null) {
                problems.add(constants.getSimpleName() + " lacks " + e.getKey() + " for " + e.getValue());
            } else if (!actual.equals(e.getValue())) {
                problems.add(constants.getSimpleName() + "." + e.getKey() + " is " + actual + " but the XML says " + e.getValue());
            }
        }
        for (String field : new TreeSet<>(fromClass.keySet())) {
            if (!fromXml.containsKey(field)) {
                problems.add(constants.getSimpleName() + "." + field + " = " + fromClass.get(field)
                        + " names nothing in " + model.source());
            }
        }
        assertEquals(List.of(), problems);
        assertTrue(fromClass.size() > 10);
    }

    /** Field name convention: MODEL, CONSTRAINT_, TYPE_, ASPECT_, PROP_, ASSOC_ + the local name in UPPER_SNAKE. */
    static Map<String, String> expectedConstants(M2Model model) {
        Map<String, String> m = new TreeMap<>();
        m.put("MODEL", model.name());
        model.constraints().forEach(c -> m.put("CONSTRAINT_" + snake(c.name()), c.name()));
        for (M2Class c : model.classes()) {
            m.put((c.kind() == M2Class.Kind.TYPE ? "TYPE_" : "ASPECT_") + snake(c.name()), c.name());
            c.properties().forEach(p -> m.put("PROP_" + snake(p.name()), p.name()));
            c.associations().forEach(a -> m.put("ASSOC_" + snake(a.name()), a.name()));
        }
        return m;
    }

    static String snake(String prefixed) {
        String local = prefixed.substring(prefixed.indexOf(':') + 1);
        return local.replaceAll("(?<=[a-z0-9])([A-Z])", "_$1").toUpperCase(java.util.Locale.ROOT);
    }
}
