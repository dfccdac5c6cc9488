package org.sanxiang.rules.profile;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The jurisdiction profiles known to this installation: the five shipped with the module, plus any
 * district or city profiles an administrator drops into a directory (no release needed).
 *
 * <p>A profile with {@code "extends": "<parent>"} is deep-merged over its parent: objects merge
 * key by key, anything else (numbers, strings, lists) is replaced.
 */
public final class ProfileRegistry {

    /** Classpath folder of the shipped profiles. */
    public static final String CLASSPATH_ROOT = "alfresco/module/sanxiang-repo/rules/profiles/";

    /** The shipped profile ids (a public contract: see DESIGN.md). */
    public static final List<String> SHIPPED =
            List.of("chongqing-2024", "wuhan-2020", "ningxia-2019", "tianjin-2019", "fushun-2026");

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .addModule(new JavaTimeModule())
            .build();

    private final Map<String, JurisdictionProfile> profiles;

    private ProfileRegistry(Map<String, JurisdictionProfile> profiles) {
        this.profiles = Collections.unmodifiableMap(profiles);
    }

    /** The shipped profiles only. */
    public static ProfileRegistry shipped() {
        return load(null);
    }

    /**
     * The shipped profiles plus every {@code *.json} in {@code localDirectory} (may be null or
     * absent). A local file may add a district profile or replace a shipped one entirely.
     */
    public static ProfileRegistry load(Path localDirectory) {
        Map<String, Raw> raw = new LinkedHashMap<>();
        for (String id : SHIPPED) {
            String resource = CLASSPATH_ROOT + id + ".json";
            try (InputStream in = ProfileRegistry.class.getClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    throw new ProfileException("classpath:" + resource + ": shipped profile is missing");
                }
                raw.put(id, parse("classpath:" + resource, id, MAPPER.readTree(in)));
            } catch (JsonProcessingException e) {
                throw new ProfileException("classpath:" + resource + ": " + e.getOriginalMessage()
                        + " at line " + e.getLocation().getLineNr(), e);
            } catch (IOException e) {
                throw new ProfileException("classpath:" + resource + ": " + e.getMessage(), e);
            }
        }
        if (localDirectory != null && Files.isDirectory(localDirectory)) {
            for (Path file : jsonFiles(localDirectory)) {
                String name = file.getFileName().toString();
                String id = name.substring(0, name.length() - ".json".length());
                try {
                    raw.put(id, parse(file.toString(), id, MAPPER.readTree(file.toFile())));
                } catch (JsonProcessingException e) {
                    throw new ProfileException(file + ": " + e.getOriginalMessage()
                            + " at line " + e.getLocation().getLineNr(), e);
                } catch (IOException e) {
                    throw new ProfileException(file + ": " + e.getMessage(), e);
                }
            }
        }
        Map<String, JurisdictionProfile> resolved = new LinkedHashMap<>();
        for (String id : raw.keySet()) {
            resolve(id, raw, resolved, new LinkedHashSet<>());
        }
        return new ProfileRegistry(resolved);
    }

    public JurisdictionProfile get(String id) {
        JurisdictionProfile profile = profiles.get(id);
        if (profile == null) {
            throw new ProfileException("profile: unknown jurisdiction profile '" + id + "'; known: "
                    + String.join(", ", profiles.keySet()));
        }
        return profile;
    }

    public boolean contains(String id) {
        return profiles.containsKey(id);
    }

    public Collection<JurisdictionProfile> all() {
        return profiles.values();
    }

    /** The mapper used for profile data; rules classes bound from sections follow its settings. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    private record Raw(String source, String parent, ObjectNode tree) {
    }

    private static Raw parse(String source, String id, JsonNode tree) {
        if (!(tree instanceof ObjectNode object)) {
            throw new ProfileException(source + ": a profile must be a JSON object");
        }
        JsonNode declared = object.get("id");
        if (declared == null || !id.equals(declared.asText())) {
            throw new ProfileException(source + ": field 'id' must be '" + id
                    + "' (the file name), found " + (declared == null ? "nothing" : "'" + declared.asText() + "'"));
        }
        JsonNode parent = object.get("extends");
        return new Raw(source, parent == null || parent.isNull() ? null : parent.asText(), object);
    }

    private static JurisdictionProfile resolve(String id, Map<String, Raw> raw,
            Map<String, JurisdictionProfile> resolved, Set<String> visiting) {
        JurisdictionProfile done = resolved.get(id);
        if (done != null) {
            return done;
        }
        Raw own = raw.get(id);
        if (!visiting.add(id)) {
            throw new ProfileException(own.source() + ": field 'extends' makes a cycle: "
                    + String.join(" -> ", visiting) + " -> " + id);
        }
        ObjectNode tree = own.tree().deepCopy();
        String root = id;
        if (own.parent() != null) {
            if (!raw.containsKey(own.parent())) {
                throw new ProfileException(own.source() + ": field 'extends': unknown profile '"
                        + own.parent() + "'");
            }
            JurisdictionProfile parent = resolve(own.parent(), raw, resolved, visiting);
            root = parent.rootId();
            ObjectNode merged = ((ObjectNode) parent.tree()).deepCopy();
            merge(merged, tree);
            tree = merged;
            tree.put("id", id);
            tree.put("extends", own.parent());
        }
        checkAmbiguities(own.source(), id, tree);
        JurisdictionProfile profile = new JurisdictionProfile(id, root, own.parent(), own.source(), tree, MAPPER);
        resolved.put(id, profile);
        visiting.remove(id);
        return profile;
    }

    /** Every flagged ambiguity names its article and the reading taken; an entry set to null is dropped. */
    private static void checkAmbiguities(String source, String id, ObjectNode tree) {
        JsonNode ambiguities = tree.get("ambiguities");
        if (ambiguities == null || ambiguities.isNull()) {
            return;
        }
        if (!ambiguities.isObject()) {
            throw new ProfileException(source + ": field 'ambiguities' of profile '" + id
                    + "': an object keyed by id, each {\"section\", \"article\", \"reading\"}");
        }
        List<String> dropped = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> entries = ambiguities.fields();
        while (entries.hasNext()) {
            Map.Entry<String, JsonNode> entry = entries.next();
            JsonNode a = entry.getValue();
            if (a.isNull()) {
                dropped.add(entry.getKey());
                continue;
            }
            for (String field : List.of("section", "article", "reading")) {
                if (!a.path(field).isTextual() || a.path(field).asText().isBlank()) {
                    throw new ProfileException(source + ": field 'ambiguities." + entry.getKey() + "." + field
                            + "' of profile '" + id + "': is required");
                }
            }
        }
        dropped.forEach(((ObjectNode) ambiguities)::remove);
    }

    /** Deep merge: objects key by key; anything else in {@code over} replaces what is in {@code base}. */
    static void merge(ObjectNode base, ObjectNode over) {
        Iterator<Map.Entry<String, JsonNode>> fields = over.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            JsonNode existing = base.get(field.getKey());
            if (existing instanceof ObjectNode baseChild && field.getValue() instanceof ObjectNode overChild) {
                merge(baseChild, overChild);
            } else {
                base.set(field.getKey(), field.getValue().deepCopy());
            }
        }
    }

    private static List<Path> jsonFiles(Path directory) {
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(directory, "*.json")) {
            stream.forEach(files::add);
        } catch (IOException e) {
            throw new ProfileException(directory + ": cannot list profiles: " + e.getMessage(), e);
        }
        files.sort(null);
        return files;
    }
}
