package org.sanxiang.rules.chain;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.Collection;
import java.util.Collections;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Which properties of a record an {@code SXCHAIN2} link commits to, and how their values are written.
 *
 * <p>A link commits to the record's identity ({@code @id}, {@code @type}, {@code @name}), its aspects
 * ({@code @aspects}) and every property it has, except:
 * <ul>
 * <li>those the repository itself maintains ({@link #SYSTEM_MAINTAINED}, each with its reason, and every
 * property of Alfresco's {@code sys:} model): they change without anyone changing the record;</li>
 * <li>the seal's own aspect and properties: a link cannot contain its own digest;</li>
 * <li>the properties the caller names as set after sealing by an audited step of the processes (a legal
 * hold, a retention date, a storage location), each with its reason.</li>
 * </ul>
 * Everything else is decisive and sealed: changing, adding or removing it breaks the link, and
 * {@link #changed} names it when the link's {@link #fingerprints} were kept.
 *
 * <p>Values ({@link #encode}): {@code s:} text, {@code i:} integer, {@code d:} decimal (plain, no trailing
 * zeros), {@code b:} boolean, {@code t:} instant (ISO-8601 UTC, milliseconds), {@code D:} local date;
 * several values as a JSON-style list of those, quoted. An absent property, a null and an empty list are
 * the same: not set, and not in the metadata.
 */
public final class SealedProperties {

    /** Properties the repository maintains, never sealed: name to why. CMIS names and Alfresco's. */
    public static final Map<String, String> SYSTEM_MAINTAINED;

    /** Aspects the repository adds and removes by itself, never sealed: name to why. */
    public static final Map<String, String> SYSTEM_ASPECTS;

    /** Alfresco's system model: node identity and store, maintained by the repository. */
    public static final String SYSTEM_PREFIX = "sys:";

    static {
        Map<String, String> p = new LinkedHashMap<>();
        String identity = "sealed as @id / @type / @name / @aspects";
        for (String n : List.of("cmis:objectId", "cmis:objectTypeId", "cmis:baseTypeId", "cmis:name", "cm:name",
                "cmis:secondaryObjectTypeIds")) {
            p.put(n, identity);
        }
        String modified = "the repository sets it on every change, including the seal's own";
        for (String n : List.of("cmis:lastModificationDate", "cmis:lastModifiedBy", "cmis:changeToken", "cm:modified",
                "cm:modifier", "cm:accessed")) {
            p.put(n, modified);
        }
        String created = "set by the repository when the object is stored; the link's sealedAt / sealedBy say when and by whom it was sealed";
        for (String n : List.of("cmis:creationDate", "cmis:createdBy", "cm:created", "cm:creator")) {
            p.put(n, created);
        }
        String version = "versioning state the repository keeps; a new version is a new object (or new content) and breaks the link through @id or the content digest";
        for (String n : List.of("cmis:versionLabel", "cmis:versionSeriesId", "cmis:isLatestVersion", "cmis:isMajorVersion",
                "cmis:isLatestMajorVersion", "cmis:isImmutable", "cmis:isPrivateWorkingCopy", "cmis:isVersionSeriesCheckedOut",
                "cmis:versionSeriesCheckedOutBy", "cmis:versionSeriesCheckedOutId", "cmis:checkinComment", "cm:versionLabel",
                "cm:versionType", "cm:autoVersion", "cm:autoVersionOnUpdateProps", "cm:initialVersion",
                "cm:workingCopyOwner", "cm:workingCopyMode", "cm:workingCopyLabel")) {
            p.put(n, version);
        }
        String content = "describes the content stream, which the link commits to through its SHA-256 and length";
        for (String n : List.of("cmis:contentStreamLength", "cmis:contentStreamMimeType", "cmis:contentStreamFileName",
                "cmis:contentStreamId", "cm:content", "cm:lastThumbnailModification")) {
            p.put(n, content);
        }
        String place = "where the object is filed, maintained by the repository (a move is not a change of the record)";
        for (String n : List.of("cmis:parentId", "cmis:path", "cmis:allowedChildObjectTypeIds")) {
            p.put(n, place);
        }
        String lock = "a lock the repository holds while someone edits; it is released without changing the record";
        for (String n : List.of("cm:lockOwner", "cm:lockType", "cm:lockLifetime", "cm:expiryDate", "cm:lockAdditionalInfo")) {
            p.put(n, lock);
        }
        SYSTEM_MAINTAINED = Collections.unmodifiableMap(p);

        Map<String, String> a = new LinkedHashMap<>();
        a.put("cm:auditable", "the repository's created / modified stamps");
        a.put("cm:versionable", "added by the repository to versioned content");
        a.put("cm:checkedOut", "set while a working copy exists");
        a.put("cm:workingcopy", "marks a working copy");
        a.put("cm:lockable", "set while the object is locked");
        a.put("cm:thumbnailModification", "the repository's rendition bookkeeping");
        a.put("rn:renditioned", "the repository's rendition bookkeeping");
        SYSTEM_ASPECTS = Collections.unmodifiableMap(a);
    }

    private final String sealAspect;
    private final Map<String, String> unsealed;

    private SealedProperties(String sealAspect, Map<String, String> unsealed) {
        this.sealAspect = sealAspect;
        this.unsealed = unsealed;
    }

    /**
     * @param sealAspect     the aspect that carries the link (left out of {@code @aspects})
     * @param sealProperties its properties (the digests, position, sealed at / by)
     * @param setAfterSealing properties (and aspects) an audited step sets on a sealed record, to why; may be empty
     */
    public static SealedProperties of(String sealAspect, Collection<String> sealProperties,
            Map<String, String> setAfterSealing) {
        Objects.requireNonNull(sealAspect, "sealAspect");
        Map<String, String> unsealed = new LinkedHashMap<>(SYSTEM_MAINTAINED);
        for (String s : sealProperties) {
            unsealed.put(s, "the seal itself: a link cannot contain its own digest");
        }
        setAfterSealing.forEach(unsealed::put);
        return new SealedProperties(sealAspect, Collections.unmodifiableMap(unsealed));
    }

    /** Whether a property is sealed. */
    public boolean sealed(String property) {
        return !property.startsWith(SYSTEM_PREFIX) && !unsealed.containsKey(property);
    }

    /** Every property left out, with why (for the docs and for a reviewer). */
    public Map<String, String> unsealed() {
        return unsealed;
    }

    /**
     * Whether an aspect is part of {@code @aspects}: not the seal's, not the repository's, and not one the
     * caller names (by its aspect name) as added after sealing.
     */
    public boolean sealedAspect(String aspect) {
        String name = aspect.startsWith("P:") ? aspect.substring(2) : aspect;
        return !name.equals(sealAspect) && !name.startsWith(SYSTEM_PREFIX) && !SYSTEM_ASPECTS.containsKey(name)
                && !unsealed.containsKey(name);
    }

    /**
     * The {@code SXCHAIN2} metadata of a record: its identity, its sealed aspects and every sealed property
     * that has a value, encoded.
     */
    public SortedMap<String, String> metadata(String id, String type, String name, Collection<String> aspects,
            Map<String, ?> properties) {
        SortedMap<String, String> m = new TreeMap<>(CanonicalEncoding.KEY_ORDER);
        m.put("@id", Objects.requireNonNull(id, "id"));
        m.put("@type", Objects.requireNonNull(type, "type"));
        m.put("@name", Objects.requireNonNull(name, "name"));
        TreeSet<String> sealedAspects = new TreeSet<>(CanonicalEncoding.KEY_ORDER);
        for (String a : aspects) {
            if (sealedAspect(a)) {
                sealedAspects.add(a);
            }
        }
        m.put("@aspects", sealedAspects.isEmpty() ? "[]" : encode(new ArrayList<>(sealedAspects)));
        properties.forEach((key, value) -> {
            if (key.startsWith("@")) {
                throw new IllegalArgumentException("property name " + key + " is reserved");
            }
            String encoded = encode(value);
            if (sealed(key) && encoded != null) {
                m.put(key, encoded);
            }
        });
        return m;
    }

    /** The canonical text of a value, or null when it is not set (null, or an empty list). */
    public static String encode(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Collection<?> c) {
            List<String> items = new ArrayList<>();
            for (Object o : c) {
                String e = encode(o);
                if (e != null) {
                    items.add(e);
                }
            }
            if (items.isEmpty()) {
                return null; // an empty list is not set, as CMIS has it
            }
            StringBuilder s = new StringBuilder("[");
            for (int i = 0; i < items.size(); i++) {
                s.append(i == 0 ? "" : ",").append(quote(items.get(i)));
            }
            return s.append(']').toString();
        }
        if (value instanceof String s) {
            return "s:" + s;
        }
        if (value instanceof Boolean b) {
            return "b:" + b;
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte
                || value instanceof BigInteger) {
            return "i:" + new BigInteger(value.toString());
        }
        if (value instanceof Number n) {
            BigDecimal d = n instanceof BigDecimal bd ? bd : new BigDecimal(n.toString());
            if (d.signum() == 0) {
                return "d:0";
            }
            BigDecimal stripped = d.stripTrailingZeros();
            return stripped.scale() <= 0 ? "d:" + stripped.toBigInteger() : "d:" + stripped.toPlainString();
        }
        if (value instanceof Date d) {
            return "t:" + Instant.ofEpochMilli(d.getTime());
        }
        if (value instanceof Calendar c) {
            return "t:" + Instant.ofEpochMilli(c.getTimeInMillis());
        }
        if (value instanceof Instant i) {
            return "t:" + Instant.ofEpochMilli(i.toEpochMilli());
        }
        if (value instanceof LocalDate d) {
            return "D:" + d;
        }
        if (value instanceof TemporalAccessor t) {
            return "s:" + t;
        }
        return "s:" + value;
    }

    private static String quote(String s) {
        StringBuilder q = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> q.append("\\\"");
                case '\\' -> q.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        q.append(String.format("\\u%04x", (int) c));
                    } else {
                        q.append(c);
                    }
                }
            }
        }
        return q.append('"').toString();
    }

    /**
     * A fingerprint per metadata entry: the first 16 bytes (hex) of SHA-256 over field(key) field(value),
     * the fields of the preimage. Kept beside a link (in the seal manifest), they let a verifier name the
     * properties that changed without keeping their values.
     */
    public static SortedMap<String, String> fingerprints(Map<String, String> metadata) {
        SortedMap<String, String> f = new TreeMap<>(CanonicalEncoding.KEY_ORDER);
        metadata.forEach((k, v) -> f.put(k, fingerprint(k, v)));
        return f;
    }

    private static String fingerprint(String key, String value) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CanonicalEncoding.field(out, "metadata key", key);
        CanonicalEncoding.field(out, "metadata value of key " + key, value);
        byte[] digest = CanonicalEncoding.sha256().digest(out.toByteArray());
        return CanonicalEncoding.HEX.formatHex(digest, 0, 16);
    }

    /** The keys whose value is not the one fingerprinted at sealing: changed, added or removed; sorted. */
    public static List<String> changed(Map<String, String> sealedFingerprints, Map<String, String> metadataNow) {
        TreeSet<String> keys = new TreeSet<>(CanonicalEncoding.KEY_ORDER);
        keys.addAll(sealedFingerprints.keySet());
        keys.addAll(metadataNow.keySet());
        List<String> changed = new ArrayList<>();
        for (String k : keys) {
            String sealed = sealedFingerprints.get(k);
            String now = metadataNow.get(k);
            if (sealed == null || now == null || !sealed.equals(fingerprint(k, now))) {
                changed.add(k);
            }
        }
        return changed;
    }

    /** Fingerprints as one manifest field: {@code key=hex} entries joined by the unit separator U+001F. */
    public static String fingerprintField(Map<String, String> fingerprints) {
        StringBuilder s = new StringBuilder();
        fingerprints.forEach((k, v) -> {
            if (k.indexOf('\u001f') >= 0 || k.indexOf('\t') >= 0 || k.indexOf('\n') >= 0) {
                throw new IllegalArgumentException("property name " + k + " cannot be written into a manifest field");
            }
            s.append(s.isEmpty() ? "" : "\u001f").append(k).append('=').append(v);
        });
        return s.toString();
    }

    /** The inverse of {@link #fingerprintField}. */
    public static SortedMap<String, String> parseFingerprintField(String field) {
        SortedMap<String, String> f = new TreeMap<>(CanonicalEncoding.KEY_ORDER);
        if (field == null || field.isEmpty()) {
            return f;
        }
        for (String entry : field.split("\u001f")) {
            int eq = entry.lastIndexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("damaged fingerprint entry '" + entry + "'");
            }
            f.put(entry.substring(0, eq), entry.substring(eq + 1));
        }
        return f;
    }
}
