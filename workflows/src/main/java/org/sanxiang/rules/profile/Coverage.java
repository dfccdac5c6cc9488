package org.sanxiang.rules.profile;

import java.util.Objects;
import org.sanxiang.rules.Citation;

/**
 * A system a profile's document does not regulate (fushun-2026 细则 is record-only): the rules answer
 * "not covered by this profile", with where the document says what it covers, never "no" (DESIGN.md,
 * "No invented law").
 *
 * @param section the system: {@link JurisdictionProfile#LEGAL_REVIEW}, {@link JurisdictionProfile#DISCLOSURE}
 *                or {@link JurisdictionProfile#RECORD}
 * @param note    what the document covers instead, in its words
 */
public record Coverage(String section, Citation citation, String note) {

    public Coverage {
        Objects.requireNonNull(section, "section");
        Objects.requireNonNull(citation, "citation");
    }

    /** One line for outputs and errors: "fushun-2026 does not regulate disclosure (细则 第一条: …)". */
    public String reason() {
        return citation.profile() + " does not regulate " + section + " (" + citation.article()
                + (note == null || note.isBlank() ? "" : ": " + note) + ")";
    }
}
