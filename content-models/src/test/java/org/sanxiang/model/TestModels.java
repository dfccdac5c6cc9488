package org.sanxiang.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.sanxiang.model.m2.AlfrescoNames;
import org.sanxiang.model.m2.M2Model;
import org.sanxiang.model.m2.M2ModelReader;

/** The shipped models and the explicit list of Alfresco names, as the tests read them. */
public final class TestModels {

    private TestModels() {
    }

    public static M2Model content() {
        return M2ModelReader.readResource(ModelResources.CONTENT_MODEL);
    }

    public static M2Model workflow() {
        return M2ModelReader.readResource(ModelResources.WORKFLOW_MODEL);
    }

    public static List<M2Model> both() {
        return List.of(content(), workflow());
    }

    public static AlfrescoNames alfrescoNames() {
        try (InputStream in = TestModels.class.getClassLoader().getResourceAsStream("alfresco-names.txt")) {
            if (in == null) {
                throw new IllegalStateException("alfresco-names.txt missing from the test classpath");
            }
            return AlfrescoNames.parse(new InputStreamReader(in, StandardCharsets.UTF_8), "alfresco-names.txt");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
