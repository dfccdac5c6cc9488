package org.sanxiang.model.cmis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.chemistry.opencmis.commons.definitions.PropertyDefinition;
import org.apache.chemistry.opencmis.commons.definitions.TypeDefinition;
import org.apache.chemistry.opencmis.commons.definitions.TypeDefinitionContainer;
import org.apache.chemistry.opencmis.inmemory.TypeManagerImpl;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The generated types load into the real OpenCMIS InMemory type manager the standalone server uses. */
class InMemoryTypeManagerTest {

    @Test
    @DisplayName("the InMemory server's TypeManager accepts every sx type, with inherited properties added")
    void typesLoadIntoInMemoryTypeManager() {
        List<TypeDefinition> types = CmisTypeDefinitions.sanxiang(Locale.SIMPLIFIED_CHINESE);
        TypeManagerImpl tm = new TypeManagerImpl();
        tm.initTypeSystem(types, true);
        for (TypeDefinition t : types) {
            assertNotNull(tm.getTypeById(t.getId()), t.getId() + " not registered");
            assertEquals(t.getId(), tm.getTypeByQueryName(t.getQueryName()).getId());
        }
        TypeDefinitionContainer decision = tm.getTypeById("D:sx:decisionDocument");
        Map<String, PropertyDefinition<?>> props = decision.getTypeDefinition().getPropertyDefinitions();
        assertTrue(props.containsKey("cmis:name"), props.keySet().toString());
        assertTrue(props.containsKey("sx:stage"), "inherited from D:sx:stageRecord: " + props.keySet());
        assertTrue(props.containsKey("sx:documentNumber"), "inherited from D:sx:textRecord: " + props.keySet());
        assertTrue(props.containsKey("sx:decisionState"), props.keySet().toString());
        assertTrue(tm.getTypeById("D:sx:textRecord").getChildren().stream()
                .anyMatch(c -> c.getTypeDefinition().getId().equals("D:sx:decisionDocument")));
    }
}
