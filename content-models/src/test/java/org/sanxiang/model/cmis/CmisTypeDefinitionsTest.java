package org.sanxiang.model.cmis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.apache.chemistry.opencmis.commons.definitions.Choice;
import org.apache.chemistry.opencmis.commons.definitions.PropertyDefinition;
import org.apache.chemistry.opencmis.commons.definitions.PropertyIntegerDefinition;
import org.apache.chemistry.opencmis.commons.definitions.RelationshipTypeDefinition;
import org.apache.chemistry.opencmis.commons.definitions.TypeDefinition;
import org.apache.chemistry.opencmis.commons.enums.BaseTypeId;
import org.apache.chemistry.opencmis.commons.enums.Cardinality;
import org.apache.chemistry.opencmis.commons.enums.PropertyType;
import org.apache.chemistry.opencmis.commons.enums.Updatability;
import org.apache.chemistry.opencmis.commons.impl.dataobjects.AbstractTypeDefinition;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.sanxiang.model.SanxiangModel;
import org.sanxiang.model.TestModels;
import org.sanxiang.model.m2.M2Association;
import org.sanxiang.model.m2.M2Class;
import org.sanxiang.model.m2.M2Model;
import org.sanxiang.model.m2.M2ModelReader;
import org.sanxiang.model.m2.M2Property;
import org.sanxiang.model.m2.ModelLabels;

class CmisTypeDefinitionsTest {

    private static Map<String, TypeDefinition> byId(List<TypeDefinition> types) {
        Map<String, TypeDefinition> m = new LinkedHashMap<>();
        for (TypeDefinition t : types) {
            assertNull(m.put(t.getId(), t), "duplicate type id " + t.getId());
        }
        return m;
    }

    @Test
    @DisplayName("every sx type, aspect and peer association maps to exactly the CMIS type Alfresco exposes")
    void everyClassMapsWithAlfrescosIds() {
        M2Model model = TestModels.content();
        Map<String, TypeDefinition> types = byId(CmisTypeDefinitions.sanxiang(Locale.ENGLISH));
        Set<String> expectedIds = new HashSet<>();
        for (M2Class c : model.classes()) {
            String id = expectedId(model, c);
            expectedIds.add(id);
            TypeDefinition t = types.get(id);
            assertNotNull(t, "no CMIS type for " + c.name() + " (expected " + id + ")");
            assertEquals(c.name(), t.getQueryName(), id);
            assertEquals(c.name().substring(3), t.getLocalName(), id);
            assertEquals(SanxiangModel.URI, t.getLocalNamespace(), id);
            assertEquals(expectedParent(model, c), t.getParentTypeId(), id);
            assertPropertiesMatch(model, c, t);
        }
        for (M2Class c : model.classes()) {
            for (M2Association a : c.associations()) {
                String id = "R:" + a.name();
                expectedIds.add(id);
                RelationshipTypeDefinition r = assertInstanceOf(RelationshipTypeDefinition.class, types.get(id), id);
                assertEquals(BaseTypeId.CMIS_RELATIONSHIP, r.getBaseTypeId());
                assertEquals("cmis:relationship", r.getParentTypeId());
                assertEquals(List.of(expectedId(model, c)), r.getAllowedSourceTypeIds(), id);
                String target = a.targetClass().equals("cm:content") ? "cmis:document"
                        : expectedId(model, model.findClass(a.targetClass()).orElseThrow());
                assertEquals(List.of(target), r.getAllowedTargetTypeIds(), id);
            }
        }
        assertEquals(expectedIds, types.keySet(), "the CMIS types and the model's classes differ");
    }

    /** Independent statement of Alfresco's id rule: F: for cm:folder descendants, D: for cm:content, P: for aspects. */
    private static String expectedId(M2Model model, M2Class c) {
        if (c.kind() == M2Class.Kind.ASPECT) {
            return "P:" + c.name();
        }
        M2Class cur = c;
        while (cur.parent().startsWith("sx:")) {
            cur = model.findClass(cur.parent()).orElseThrow();
        }
        return (cur.parent().equals("cm:folder") ? "F:" : "D:") + c.name();
    }

    private static String expectedParent(M2Model model, M2Class c) {
        if (c.parent() == null) {
            return "cmis:secondary";
        }
        return switch (c.parent()) {
            case "cm:folder" -> "cmis:folder";
            case "cm:content" -> "cmis:document";
            default -> expectedId(model, model.findClass(c.parent()).orElseThrow());
        };
    }

    private static void assertPropertiesMatch(M2Model model, M2Class c, TypeDefinition t) {
        Set<String> expected = new HashSet<>();
        for (M2Property p : c.properties()) {
            expected.add(p.name());
            PropertyDefinition<?> d = t.getPropertyDefinitions().get(p.name());
            String where = t.getId() + "/" + p.name();
            assertNotNull(d, "property missing: " + where);
            assertEquals(p.name(), d.getId(), where);
            assertEquals(p.name(), d.getQueryName(), where);
            assertEquals(expectedType(p.type()), d.getPropertyType(), where);
            assertEquals(p.multiple() ? Cardinality.MULTI : Cardinality.SINGLE, d.getCardinality(), where);
            assertEquals(p.mandatory(), d.isRequired(), where);
            assertEquals(p.protectedValue() ? Updatability.READONLY : Updatability.READWRITE, d.getUpdatability(), where);
            assertFalse(d.isInherited(), where);
            List<String> allowed = new ArrayList<>();
            p.constraintRefs().forEach(r -> model.findConstraint(r).ifPresent(x -> allowed.addAll(x.allowedValues())));
            List<String> choices = new ArrayList<>();
            if (d.getChoices() != null) {
                for (Choice<?> ch : d.getChoices()) {
                    choices.add(String.valueOf(ch.getValue().get(0)));
                    assertEquals(ch.getValue().get(0), ch.getDisplayName(), where + " choice display name");
                }
            }
            assertEquals(allowed, choices, where + " choices");
            if (!allowed.isEmpty()) {
                assertEquals(Boolean.FALSE, d.isOpenChoice(), where);
            }
        }
        for (var o : c.overrides()) {
            PropertyDefinition<?> d = t.getPropertyDefinitions().get(o.name());
            assertNotNull(d, t.getId() + ": overridden property missing: " + o.name());
            assertTrue(d.isInherited(), t.getId() + "/" + o.name() + " is inherited");
            assertEquals(List.of(o.defaultValue()), d.getDefaultValue(), t.getId() + "/" + o.name() + " default of the override");
            expected.add(o.name());
        }
        assertEquals(expected, t.getPropertyDefinitions().keySet(), t.getId() + ": properties differ from the model");
    }

    /** Alfresco's CMISMapping, restated for the data types Sanxiang uses. */
    private static PropertyType expectedType(String dataType) {
        return switch (dataType) {
            case "d:text", "d:mltext" -> PropertyType.STRING;
            case "d:int", "d:long" -> PropertyType.INTEGER;
            case "d:float", "d:double" -> PropertyType.DECIMAL;
            case "d:date", "d:datetime" -> PropertyType.DATETIME;
            case "d:boolean" -> PropertyType.BOOLEAN;
            case "d:noderef", "d:category" -> PropertyType.ID;
            default -> throw new AssertionError("the sx model uses " + dataType + ", which Alfresco does not expose over CMIS");
        };
    }

    @Test
    @DisplayName("the ids integrators rely on: F:sx:caseFolder, D:sx:disclosureRecord, P:sx:sealed, R:sx:reviewedDecision")
    void wellKnownIds() {
        Map<String, TypeDefinition> types = byId(CmisTypeDefinitions.sanxiang(Locale.ENGLISH));
        TypeDefinition folder = types.get("F:sx:caseFolder");
        assertEquals(BaseTypeId.CMIS_FOLDER, folder.getBaseTypeId());
        assertEquals("cmis:folder", folder.getParentTypeId());
        assertTrue(folder.getPropertyDefinitions().get("sx:caseNumber").isRequired());
        assertEquals(BaseTypeId.CMIS_DOCUMENT, types.get("D:sx:disclosureRecord").getBaseTypeId());
        assertEquals("D:sx:textRecord", types.get("D:sx:decisionDocument").getParentTypeId());
        assertEquals("D:sx:stageRecord", types.get("D:sx:avRecord").getParentTypeId());
        assertEquals(BaseTypeId.CMIS_SECONDARY, types.get("P:sx:sealed").getBaseTypeId());
        assertEquals("cmis:secondary", types.get("P:sx:legalHold").getParentTypeId());
        RelationshipTypeDefinition r = (RelationshipTypeDefinition) types.get("R:sx:reviewedDecision");
        assertEquals(List.of("D:sx:reviewOpinion"), r.getAllowedSourceTypeIds());
        assertEquals(List.of("D:sx:decisionDocument"), r.getAllowedTargetTypeIds());
        PropertyIntegerDefinition count = (PropertyIntegerDefinition) types.get("F:sx:caseFolder")
                .getPropertyDefinitions().get("sx:partyCount");
        assertEquals(Integer.MAX_VALUE, count.getMaxValue().intValue());
        assertInstanceOf(AbstractTypeDefinition.class, folder, "mutable OpenCMIS impl objects");
    }

    @Test
    @DisplayName("parents come before their children, so a CMIS server can add them in order")
    void parentsFirst() {
        Set<String> seen = new HashSet<>(Set.of("cmis:folder", "cmis:document", "cmis:secondary", "cmis:relationship"));
        for (TypeDefinition t : CmisTypeDefinitions.sanxiang(Locale.ENGLISH)) {
            assertTrue(seen.contains(t.getParentTypeId()), t.getId() + " comes before its parent " + t.getParentTypeId());
            seen.add(t.getId());
        }
    }

    @Test
    @DisplayName("display names come from the label bundle of the requested language")
    void displayNamesAreLocalised() {
        Map<String, TypeDefinition> zh = byId(CmisTypeDefinitions.sanxiang(Locale.SIMPLIFIED_CHINESE));
        assertEquals("案卷", zh.get("F:sx:caseFolder").getDisplayName());
        assertEquals("案号", zh.get("F:sx:caseFolder").getPropertyDefinitions().get("sx:caseNumber").getDisplayName());
        Map<String, TypeDefinition> en = byId(CmisTypeDefinitions.sanxiang(Locale.ENGLISH));
        assertEquals("Case folder", en.get("F:sx:caseFolder").getDisplayName());
    }

    @Test
    @DisplayName("each call returns fresh objects, so one server's changes do not leak into another's")
    void freshObjects() {
        TypeDefinition a = byId(CmisTypeDefinitions.sanxiang(Locale.ENGLISH)).get("F:sx:caseFolder");
        ((AbstractTypeDefinition) a).setDisplayName("changed");
        assertEquals("Case folder", byId(CmisTypeDefinitions.sanxiang(Locale.ENGLISH)).get("F:sx:caseFolder").getDisplayName());
    }

    private static M2Model snippet(String types) {
        String xml = """
                <model name="t:m" xmlns="http://www.alfresco.org/model/dictionary/1.0">
                  <imports><import uri="http://www.alfresco.org/model/dictionary/1.0" prefix="d"/>
                    <import uri="http://www.alfresco.org/model/content/1.0" prefix="cm"/></imports>
                  <namespaces><namespace uri="urn:t" prefix="t"/></namespaces>
                  <types>%s</types>
                </model>""".formatted(types);
        return M2ModelReader.read(new java.io.ByteArrayInputStream(xml.getBytes(java.nio.charset.StandardCharsets.UTF_8)), "t.xml");
    }

    @Test
    @DisplayName("data types Alfresco does not expose over CMIS (d:qname, d:content, ...) are left out, as Alfresco does")
    void unexposedDataTypesAreSkipped() {
        M2Model m = snippet("""
                <type name="t:doc"><parent>cm:content</parent><properties>
                  <property name="t:q"><type>d:qname</type></property>
                  <property name="t:s"><type>d:mltext</type><mandatory>true</mandatory></property>
                  <property name="t:n"><type>d:float</type><index enabled="false"/></property>
                </properties></type>""");
        TypeDefinition t = CmisTypeDefinitions.fromModel(m, new ModelLabels(new Properties(), "none")).get(0);
        assertEquals(Set.of("t:s", "t:n"), t.getPropertyDefinitions().keySet());
        assertEquals(PropertyType.STRING, t.getPropertyDefinitions().get("t:s").getPropertyType());
        assertEquals("t:s", t.getPropertyDefinitions().get("t:s").getDisplayName(), "no label: the id, as Alfresco");
        assertFalse(t.getPropertyDefinitions().get("t:n").isQueryable());
        assertEquals(PropertyType.DECIMAL, t.getPropertyDefinitions().get("t:n").getPropertyType());
    }

    @Test
    @DisplayName("a type that is neither a folder nor a content subtype is refused, naming it")
    void nonFolderNonContentTypeIsRefused() {
        M2Model m = snippet("<type name=\"t:thing\"><parent>cm:cmobject</parent></type>");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CmisTypeDefinitions.fromModel(m, new ModelLabels(new Properties(), "none")));
        assertTrue(e.getMessage().contains("t:thing"), e.getMessage());
    }
}
