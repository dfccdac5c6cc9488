package org.sanxiang.rules.redaction;

/**
 * How sure a detection is. Every detection is redacted whatever its confidence: the confidence
 * tells the reviewer which spans to look at first (LOW: a pattern alone, no check digit or cue).
 */
public enum Confidence {
    HIGH("高", "high"), MEDIUM("中", "medium"), LOW("低", "low");

    private final String labelZh;
    private final String labelEn;

    Confidence(String labelZh, String labelEn) {
        this.labelZh = labelZh;
        this.labelEn = labelEn;
    }

    public String labelZh() {
        return labelZh;
    }

    public String labelEn() {
        return labelEn;
    }
}
