package org.sanxiang.rules.redaction;

/** A detection before overlaps are resolved; {@code trimmed} when another span took its start. */
record Detection(SpanKind kind, int start, int end, String rule, Confidence confidence, String basis,
        boolean trimmed) {

    Detection(SpanKind kind, int start, int end, String rule, Confidence confidence, String basis) {
        this(kind, start, end, rule, confidence, basis, false);
    }

    Detection startingAt(int newStart) {
        return new Detection(kind, newStart, end, rule, confidence, basis, true);
    }

    RedactedSpan toSpan() {
        String why = trimmed ? basis + "; start taken by an overlapping span" : basis;
        return new RedactedSpan(kind, start, end, rule, kind.citations(), confidence, why);
    }
}
