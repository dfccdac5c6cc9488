package org.sanxiang.rules.redaction;

/**
 * A detection before overlaps are resolved; {@code trimmed} when an overlap took part of it (it is
 * then masked whole with {@link Redactor#TRIMMED_MASK}), and {@code basis} says so.
 */
record Detection(SpanKind kind, int start, int end, String rule, Confidence confidence, String basis,
        Origin origin, boolean trimmed) {

    /** What decided the span's kind and extent; it sets which span yields when two overlap. */
    enum Origin {
        /** The text's own shape: a number with its structure or check digit, a plate, an e-mail, a certificate. */
        SHAPE,
        /**
         * A label before the text (住址, 财产状况, 存款…): the value runs to the next stop char, so its end
         * is a guess and it may hold a number of another kind; such a number is cut out of it.
         */
        LABEL,
        /** A name or address of an individual known to the case, found exactly. */
        CASE
    }

    Detection(SpanKind kind, int start, int end, String rule, Confidence confidence, String basis) {
        this(kind, start, end, rule, confidence, basis, Origin.SHAPE, false);
    }

    Detection(SpanKind kind, int start, int end, String rule, Confidence confidence, String basis, Origin origin) {
        this(kind, start, end, rule, confidence, basis, origin, false);
    }

    Detection startingAt(int newStart) {
        return new Detection(kind, newStart, end, rule, confidence, basis + "; start taken by an overlapping span",
                origin, true);
    }

    /** A piece of a label value left between spans found by their shape. */
    Detection pieceBetween(int from, int to) {
        return new Detection(kind, from, to, rule, confidence,
                basis + "; a number of another kind inside the value was cut out", origin, true);
    }

    RedactedSpan toSpan() {
        return new RedactedSpan(kind, start, end, rule, kind.citations(), confidence, basis);
    }
}
