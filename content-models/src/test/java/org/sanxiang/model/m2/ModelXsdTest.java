package org.sanxiang.model.m2;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sanxiang.model.ModelResources;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Validates the models against Alfresco's own {@code modelSchema.xsd}. The schema is not on Maven
 * Central and is not committed: it ships as {@code alfresco/model/modelSchema.xsd} inside
 * {@code org.alfresco:alfresco-repository}, which the {@code alfresco} profile puts on the test
 * classpath ({@code mvn -Palfresco -pl content-models -am verify}). Without it these tests skip.
 */
class ModelXsdTest {

    private static final String[] LOCATIONS = {"alfresco/model/modelSchema.xsd", "modelSchema.xsd"};

    private static Schema schema() throws SAXException {
        URL url = null;
        for (String location : LOCATIONS) {
            url = ModelXsdTest.class.getClassLoader().getResource(location);
            if (url != null) {
                break;
            }
        }
        assumeTrue(url != null, "Alfresco's modelSchema.xsd is not on the test classpath (looked for "
                + String.join(", ", LOCATIONS) + "); run with -Palfresco to validate against it. Skipping.");
        SchemaFactory f = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        return f.newSchema(url);
    }

    private static void validate(InputStream in, String source) throws SAXException, IOException {
        Validator v = schema().newValidator();
        try {
            v.validate(new StreamSource(in, source));
        } catch (SAXParseException e) {
            throw new SAXException(source + " line " + e.getLineNumber() + ": " + e.getMessage(), e);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {ModelResources.CONTENT_MODEL, ModelResources.WORKFLOW_MODEL})
    @DisplayName("the model is valid against Alfresco's modelSchema.xsd")
    void modelIsValid(String resource) throws Exception {
        schema();
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(resource)) {
            validate(in, resource);
        }
    }

    @Test
    @DisplayName("a model with elements out of Alfresco's order is rejected, naming the element")
    void misorderedModelIsRejected() throws Exception {
        schema();
        String xml = Snippets.types("""
                <type name="t:doc">
                  <properties><property name="t:p"><type>d:text</type></property></properties>
                  <parent>cm:content</parent>
                </type>""");
        SAXException e = assertThrows(SAXException.class, () -> validate(
                new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), "misordered.xml"));
        assertTrue(e.getMessage().contains("misordered.xml") && e.getMessage().contains("parent"), e.getMessage());
    }
}
