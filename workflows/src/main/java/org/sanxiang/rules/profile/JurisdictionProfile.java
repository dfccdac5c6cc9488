package org.sanxiang.rules.profile;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.sanxiang.rules.Citation;

/**
 * A jurisdiction profile: the numbers and lists one regulation sets, each entry with its citation.
 * The shipped profiles are one data file per seed ({@code chongqing-2024}, ...); a district profile
 * names a parent in {@code extends} and overrides what its own document changes (Chongqing 法制审核
 * 第六条 lets districts lower the amounts; Ningxia 附件6 lets cities set their own).
 *
 * <p>The profile holds one section per system — {@link #LEGAL_REVIEW}, {@link #DISCLOSURE},
 * {@link #RECORD} — each bound to its own typed rules class by the package that owns it.
 */
public final class JurisdictionProfile {

    public static final String LEGAL_REVIEW = "legalReview";
    public static final String DISCLOSURE = "disclosure";
    public static final String RECORD = "record";

    private final String id;
    private final String rootId;
    private final String parentId;
    private final String source;
    private final JsonNode tree;
    private final ObjectMapper mapper;

    JurisdictionProfile(String id, String rootId, String parentId, String source, JsonNode tree, ObjectMapper mapper) {
        this.id = Objects.requireNonNull(id);
        this.rootId = Objects.requireNonNull(rootId);
        this.parentId = parentId;
        this.source = source;
        this.tree = tree;
        this.mapper = mapper;
    }

    public String id() {
        return id;
    }

    /**
     * The shipped profile at the root of the {@code extends} chain (itself for a shipped profile): the
     * document whose articles an inherited entry cites.
     */
    public String rootId() {
        return rootId;
    }

    /** The profile this one extends, if it is a district or city profile. */
    public Optional<String> parentId() {
        return Optional.ofNullable(parentId);
    }

    /** Where the profile was read from (a classpath resource or a file), for error messages. */
    public String source() {
        return source;
    }

    /** The document's number, e.g. 渝人社发〔2024〕9号. */
    public String documentNumber() {
        return tree.path("document").path("number").asText();
    }

    public String documentTitle() {
        return tree.path("document").path("title").asText();
    }

    public LocalDate documentDate() {
        return LocalDate.parse(tree.path("document").path("date").asText());
    }

    /** The jurisdiction's name in a language ({@code zh_CN} or {@code en}). */
    public String jurisdictionName(String language) {
        return tree.path("jurisdiction").path(language).asText();
    }

    /** True when the profile's document covers the system (its section is not empty). */
    public boolean covers(String section) {
        JsonNode node = tree.path(section);
        return node.isObject() && node.size() > 0;
    }

    /**
     * Empty when the document regulates the system; otherwise why not, from the profile's
     * {@code notCovered.<section>} ({@code citation}, {@code note}), cited in the root document.
     */
    public Optional<Coverage> notCovered(String section) {
        if (covers(section)) {
            return Optional.empty();
        }
        JsonNode entry = tree.path("notCovered").path(section);
        String article = entry.path("citation").asText("");
        String note = entry.path("note").isTextual() ? entry.path("note").asText() : null;
        return Optional.of(new Coverage(section, Citation.of(rootId, article.isBlank()
                ? documentNumber().isBlank() ? "（本文件未规定 / not in this document）" : documentNumber()
                : article), note));
    }

    /** The readings the profile takes where its seed leaves a choice, in file order. */
    public List<Ambiguity> ambiguities() {
        List<Ambiguity> list = new ArrayList<>();
        tree.path("ambiguities").fields().forEachRemaining(e -> {
            JsonNode a = e.getValue();
            if (a.isObject()) {
                list.add(new Ambiguity(e.getKey(), a.path("section").asText(null), a.path("article").asText(null),
                        a.path("reading").asText(null)));
            }
        });
        return list;
    }

    /** The raw section, merged over the parent's; a missing section is an empty object. */
    public JsonNode section(String section) {
        JsonNode node = tree.path(section);
        return node.isObject() ? node : mapper.createObjectNode();
    }

    /**
     * Binds a section to its rules class. Unknown fields are an error naming the profile, the
     * section and the field, so a typo in a data file never passes silently.
     */
    public <T> T bind(String section, Class<T> type) {
        try {
            return mapper.treeToValue(section(section), type);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new ProfileException(source + ": section '" + section + "' of profile '" + id
                    + "': " + ProfileException.describe(e), e);
        }
    }

    /** The whole merged tree (read-only use), for merging district profiles over it. */
    JsonNode tree() {
        return tree;
    }

    @Override
    public String toString() {
        return id;
    }
}
