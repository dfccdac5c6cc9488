package org.sanxiang.model.m2;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.sanxiang.model.TestModels;

class ModelValidatorTest {

    private static List<String> problemsOf(String xml) {
        return ModelValidator.validate(List.of(Snippets.read(xml)), TestModels.alfrescoNames());
    }

    private static void assertSingleProblem(String xml, String... fragments) {
        List<String> problems = problemsOf(xml);
        assertEquals(1, problems.size(), "expected one problem, got " + problems);
        for (String f : fragments) {
            assertTrue(problems.get(0).contains(f), "'" + problems.get(0) + "' should name " + f);
        }
        assertTrue(problems.get(0).startsWith("broken.xml: "), problems.get(0));
    }

    @Test
    @DisplayName("sxModel.xml and sxWorkflowModel.xml are sound against each other and the Alfresco names")
    void shippedModelsHaveNoProblems() {
        assertEquals(List.of(), ModelValidator.validate(TestModels.both(), TestModels.alfrescoNames()));
    }

    @Test
    @DisplayName("the workflow model alone does not compile: it needs the sx constraints it refers to")
    void workflowModelNeedsContentModel() {
        List<String> problems = ModelValidator.validate(List.of(TestModels.workflow()), TestModels.alfrescoNames());
        assertTrue(problems.stream().anyMatch(p -> p.contains("sx:reviewItems")), problems.toString());
    }

    @Test
    void minimalSoundSnippetPasses() {
        assertEquals(List.of(), problemsOf(Snippets.types("""
                <type name="t:doc"><parent>cm:content</parent>
                  <properties><property name="t:p"><type>d:text</type></property></properties>
                </type>""")));
    }

    @Test
    void notWellFormedNamesFileAndLine() {
        ModelFormatException e = assertThrows(ModelFormatException.class,
                () -> Snippets.read(Snippets.types("<type name=\"t:doc\"><parent>cm:content</type>")));
        assertTrue(e.getMessage().startsWith("broken.xml: not well-formed XML at line"), e.getMessage());
    }

    @Test
    void undeclaredPrefix() {
        assertSingleProblem(Snippets.types("<type name=\"t:doc\"><parent>xx:content</parent></type>"),
                "prefix 'xx'", "xx:content", "neither declared nor imported");
    }

    @Test
    void missingParent() {
        assertSingleProblem(Snippets.types("<type name=\"t:doc\"><parent>cm:nonsense</parent></type>"),
                "type t:doc", "parent cm:nonsense does not exist");
    }

    @Test
    void parentOfWrongKind() {
        assertSingleProblem(Snippets.model(Snippets.STANDARD_IMPORTS, "",
                "<type name=\"t:doc\"><parent>t:asp</parent></type>", "<aspect name=\"t:asp\"/>"),
                "type t:doc", "parent t:asp is not a type");
    }

    @Test
    void parentCycle() {
        List<String> problems = problemsOf(Snippets.types("""
                <type name="t:a"><parent>t:b</parent></type>
                <type name="t:b"><parent>t:a</parent></type>"""));
        assertTrue(problems.stream().anyMatch(p -> p.contains("type t:a: its parents form a cycle")), problems.toString());
    }

    @Test
    void missingMandatoryAspect() {
        assertSingleProblem(Snippets.types("""
                <type name="t:doc"><parent>cm:content</parent>
                  <mandatory-aspects><aspect>t:nowhere</aspect></mandatory-aspects></type>"""),
                "type t:doc", "mandatory aspect t:nowhere");
    }

    @Test
    void invalidDataType() {
        assertSingleProblem(Snippets.types("""
                <type name="t:doc"><parent>cm:content</parent>
                  <properties><property name="t:p"><type>d:string</type></property></properties></type>"""),
                "property t:p", "type d:string is not a valid d: data type");
    }

    @Test
    void classIsNotADataType() {
        assertSingleProblem(Snippets.types("""
                <type name="t:doc"><parent>cm:content</parent>
                  <properties><property name="t:p"><type>cm:content</type></property></properties></type>"""),
                "property t:p", "cm:content is not a valid d: data type");
    }

    @Test
    void missingConstraintRef() {
        assertSingleProblem(Snippets.types("""
                <type name="t:doc"><parent>cm:content</parent>
                  <properties><property name="t:p"><type>d:text</type>
                    <constraints><constraint ref="t:noSuchList"/></constraints></property></properties></type>"""),
                "property t:p", "constraint ref t:noSuchList does not exist");
    }

    @Test
    void missingAssociationTarget() {
        assertSingleProblem(Snippets.types("""
                <type name="t:doc"><parent>cm:content</parent>
                  <associations><association name="t:rel"><target><class>t:ghost</class></target></association></associations>
                </type>"""),
                "association t:rel", "targets t:ghost");
    }

    @Test
    void duplicateName() {
        assertSingleProblem(Snippets.types("""
                <type name="t:a"><parent>cm:content</parent>
                  <properties><property name="t:p"><type>d:text</type></property></properties></type>
                <type name="t:b"><parent>cm:content</parent>
                  <properties><property name="t:p"><type>d:int</type></property></properties></type>"""),
                "'t:p' is defined more than once");
    }

    @Test
    void nameOutsideOwnNamespace() {
        assertSingleProblem(Snippets.types("<type name=\"cm:mine\"><parent>cm:content</parent></type>"),
                "'cm:mine' is defined outside the model's own namespace");
    }

    @Test
    void listConstraintDefaultNotAllowed() {
        assertSingleProblem(Snippets.model(Snippets.STANDARD_IMPORTS, """
                <constraint name="t:colours" type="LIST"><parameter name="allowedValues"><list>
                  <value>red</value><value>blue</value></list></parameter></constraint>""", """
                <type name="t:doc"><parent>cm:content</parent>
                  <properties><property name="t:p"><type>d:text</type><default>green</default>
                    <constraints><constraint ref="t:colours"/></constraints></property></properties></type>""", ""),
                "property t:p", "default 'green' is not an allowed value of t:colours");
    }

    @Test
    void overrideDefaultNotAllowed() {
        assertSingleProblem(Snippets.model(Snippets.STANDARD_IMPORTS, """
                <constraint name="t:colours" type="LIST"><parameter name="allowedValues"><list>
                  <value>red</value><value>blue</value></list></parameter></constraint>""", """
                <type name="t:doc"><parent>cm:content</parent>
                  <properties><property name="t:p"><type>d:text</type>
                    <constraints><constraint ref="t:colours"/></constraints></property></properties></type>
                <type name="t:sub"><parent>t:doc</parent>
                  <overrides><property name="t:p"><default>green</default></property></overrides></type>""", ""),
                "type t:sub", "override of t:p defaults to 'green'", "t:colours");
    }

    @Test
    void listConstraintWithRepeatedValue() {
        assertSingleProblem(Snippets.model(Snippets.STANDARD_IMPORTS, """
                <constraint name="t:colours" type="LIST"><parameter name="allowedValues"><list>
                  <value>red</value><value>red</value></list></parameter></constraint>""", "", ""),
                "constraint t:colours", "repeats the value 'red'");
    }

    @Test
    void booleanDefaultMustBeBoolean() {
        assertSingleProblem(Snippets.types("""
                <type name="t:doc"><parent>cm:content</parent>
                  <properties><property name="t:p"><type>d:boolean</type><default>yes</default></property></properties>
                </type>"""), "property t:p", "default 'yes' is not a valid d:boolean");
    }

    @Test
    void importOfUnknownNamespace() {
        assertSingleProblem(Snippets.model(Snippets.STANDARD_IMPORTS
                        + "<import uri=\"http://example.org/unknown\" prefix=\"u\"/>", "", "", ""),
                "import 'u'", "http://example.org/unknown");
    }

    @Test
    void overrideOfUnknownProperty() {
        assertSingleProblem(Snippets.types("""
                <type name="t:doc"><parent>cm:content</parent>
                  <overrides><property name="bpm:outcomePropertyName"><default>x</default></property></overrides>
                </type>"""), "type t:doc", "overrides bpm:outcomePropertyName");
    }

    @Test
    @DisplayName("Alfresco convention: a start task extends bpm:startTask")
    void startTaskMustExtendStartTask() {
        assertSingleProblem(Snippets.types("<type name=\"t:fooStartTask\"><parent>bpm:workflowTask</parent></type>"),
                "type t:fooStartTask", "must extend bpm:startTask");
    }

    @Test
    @DisplayName("Alfresco convention: an outcome task names its outcome property in bpm:outcomePropertyName")
    void outcomeTaskMustNameItsOutcomeProperty() {
        assertSingleProblem(Snippets.types("<type name=\"t:doTask\"><parent>bpm:activitiOutcomeTask</parent></type>"),
                "type t:doTask", "must override bpm:outcomePropertyName");
        assertSingleProblem(Snippets.types("""
                <type name="t:doTask"><parent>bpm:activitiOutcomeTask</parent>
                  <overrides><property name="bpm:outcomePropertyName"><default>{urn:test}missing</default></property></overrides>
                </type>"""), "type t:doTask", "names {urn:test}missing");
        assertSingleProblem(Snippets.types("""
                <type name="t:doTask"><parent>bpm:activitiOutcomeTask</parent>
                  <properties><property name="t:doOutcome"><type>d:text</type></property></properties>
                  <overrides><property name="bpm:outcomePropertyName"><default>{urn:test}doOutcome</default></property></overrides>
                </type>"""), "type t:doTask", "outcome property t:doOutcome has no LIST constraint");
    }

    @Test
    void alfrescoNamesListRejectsBadLines() {
        ModelFormatException e = assertThrows(ModelFormatException.class,
                () -> AlfrescoNames.parse(new StringReader("namespace d urn:d\nwidget d:x\n"), "names.txt"));
        assertTrue(e.getMessage().contains("names.txt line 2"), e.getMessage());
        ModelFormatException e2 = assertThrows(ModelFormatException.class,
                () -> AlfrescoNames.parse(new StringReader("type cm:folder\n"), "names.txt"));
        assertTrue(e2.getMessage().contains("prefix 'cm'"), e2.getMessage());
    }
}
