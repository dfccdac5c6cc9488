package org.sanxiang.standalone.demo;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * Reads the demo dataset ({@code demo-cases.json} in this package's resources). Strict: an unknown
 * field, a wrong type or a duplicate key is an error naming the file and the field's path.
 */
public final class DemoCases {

    /** The dataset's resource, next to this class. */
    public static final String RESOURCE = "demo-cases.json";

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .addModule(new JavaTimeModule())
            .build();

    /** The file's shape: a format number, a note, the cases. */
    public record Dataset(int format, String about, List<DemoCase> cases) {
    }

    private DemoCases() {
    }

    /** The shipped cases. */
    public static List<DemoCase> shipped() {
        try (InputStream in = DemoCases.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + ": not on the class path next to " + DemoCases.class.getName());
            }
            return read(RESOURCE, in);
        } catch (IOException e) {
            throw new IllegalStateException(RESOURCE + ": cannot be read: " + e.getMessage(), e);
        }
    }

    /** Reads a dataset; {@code source} names it in errors. */
    public static List<DemoCase> read(String source, InputStream in) throws IOException {
        Dataset dataset;
        try {
            dataset = JSON.readValue(in, Dataset.class);
        } catch (JsonMappingException e) {
            throw new IllegalArgumentException(source + ": " + path(e) + ": " + e.getOriginalMessage(), e);
        }
        if (dataset.format() != 1) {
            throw new IllegalArgumentException(source + ": format: " + dataset.format() + " is not 1");
        }
        if (dataset.cases() == null || dataset.cases().isEmpty()) {
            throw new IllegalArgumentException(source + ": cases: none");
        }
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < dataset.cases().size(); i++) {
            DemoCase c = dataset.cases().get(i);
            if (!keys.add(c.key())) {
                throw new IllegalArgumentException(source + ": cases[" + i + "].key: '" + c.key() + "' appears twice");
            }
            if (c.facts() == null || !c.facts().hasNonNull("id") || !c.facts().hasNonNull("profile")) {
                throw new IllegalArgumentException(source + ": cases[" + i + "].facts: id and profile are required");
            }
            for (int r = 0; r < c.records().size(); r++) {
                String step = c.records().get(r).step();
                if (!step.equals("load") && !step.equals("decision")) {
                    throw new IllegalArgumentException(source + ": cases[" + i + "].records[" + r + "].step: '" + step
                            + "' is neither load nor decision");
                }
            }
        }
        return List.copyOf(dataset.cases());
    }

    private static String path(JsonMappingException e) {
        StringBuilder s = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                s.append(s.length() == 0 ? "" : ".").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                s.append('[').append(ref.getIndex()).append(']');
            }
        }
        return s.length() == 0 ? "(top level)" : s.toString();
    }
}
