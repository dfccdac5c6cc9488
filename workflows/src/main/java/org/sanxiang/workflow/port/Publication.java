package org.sanxiang.workflow.port;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collections;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What the disclosure channel publishes for one matter.
 *
 * @param caseId       the case it comes from
 * @param kind         the disclosure item kind (the profile's list entry)
 * @param title        title
 * @param summary      the summary (摘要)
 * @param redactedText the redacted full text, or null when only the summary is published
 * @param displayUntil last day of the display period, or null when it is unlimited
 * @param fields       the structured disclosed fields by model property ({@code sx:disclosureCaseNumber},
 *                     {@code sx:disclosedPartyName}, …), already redacted where the draft redacts; empty when none
 */
public record Publication(String caseId, String kind, String title, String summary, String redactedText,
        LocalDate displayUntil, Map<String, String> fields) {

    public Publication {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(summary, "summary");
        TreeMap<String, String> present = new TreeMap<>();
        if (fields != null) {
            fields.forEach((k, v) -> {
                if (k != null && v != null && !v.isBlank()) {
                    present.put(k, v);
                }
            });
        }
        fields = Collections.unmodifiableSortedMap(present);
    }

    /** The case id prefix of a publication of no case: a bureau's annual report ({@code annual-report:<profile>:<year>}). */
    public static final String REPORT_PREFIX = "annual-report:";

    /**
     * Whether it comes from a case. The annual report (chongqing-2024 公示 第十四条) comes from none: its
     * {@code caseId} is the report's key, and the screens that read a case's exclusion and individuals
     * have no case to read (the report holds counts, no names; the patterns still apply).
     */
    public boolean ofCase() {
        return !caseId.startsWith(REPORT_PREFIX);
    }

    /** A publication without structured fields. */
    public Publication(String caseId, String kind, String title, String summary, String redactedText, LocalDate displayUntil) {
        this(caseId, kind, title, summary, redactedText, displayUntil, Map.of());
    }

    /**
     * The idempotency key of this disclosure: case, kind and title identify the matter, so a retry,
     * a duplicate event or a restarted process asking to publish it again gets the same key, and a
     * channel that keys its records on it publishes the matter once. Summary, text and display period
     * are not part of it: changing them is a correction of the same publication.
     */
    public String idempotencyKey() {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String part : new String[] {caseId, kind, title}) {
                sha.update(part.getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
            }
            return "sxpub-" + HexFormat.of().formatHex(Arrays.copyOf(sha.digest(), 16));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform provides SHA-256", e);
        }
    }
}
