package org.sanxiang.model.m2;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

/** Small, deliberately broken or minimal M2 models for negative tests. */
final class Snippets {

    static final String STANDARD_IMPORTS = """
            <import uri="http://www.alfresco.org/model/dictionary/1.0" prefix="d"/>
            <import uri="http://www.alfresco.org/model/content/1.0" prefix="cm"/>
            <import uri="http://www.alfresco.org/model/bpm/1.0" prefix="bpm"/>
            """;

    private Snippets() {
    }

    /** A model {@code t:testModel} (namespace urn:test, prefix t) with the given sections. */
    static String model(String imports, String constraints, String types, String aspects) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <model name="t:testModel" xmlns="http://www.alfresco.org/model/dictionary/1.0">
                  <imports>%s</imports>
                  <namespaces><namespace uri="urn:test" prefix="t"/></namespaces>
                  %s
                  %s
                  %s
                </model>
                """.formatted(imports,
                constraints.isEmpty() ? "" : "<constraints>" + constraints + "</constraints>",
                types.isEmpty() ? "" : "<types>" + types + "</types>",
                aspects.isEmpty() ? "" : "<aspects>" + aspects + "</aspects>");
    }

    static String types(String types) {
        return model(STANDARD_IMPORTS, "", types, "");
    }

    static M2Model read(String xml) {
        return M2ModelReader.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), "broken.xml");
    }
}
