package org.sanxiang.rules.record;

import java.util.List;
import org.sanxiang.rules.Citation;

/**
 * A rule on audio-video recording: mandatory always, or required in a situation ({@code when}:
 * e.g. {@code party-uncooperative}, {@code seal-or-seize}). {@code stages} names the stages it
 * attaches to; empty means the document states it without naming stages (Tianjin).
 */
public record AvRequirement(String code, boolean mandatory, String when, String zhCN, String en,
        List<String> stages, Citation citation) {

    public AvRequirement {
        stages = List.copyOf(stages);
    }

    public String label(String language) {
        return "en".equals(language) ? en : zhCN;
    }
}
