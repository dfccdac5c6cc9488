package org.sanxiang.rules.redaction;

/**
 * How sure a detection is. Every detection is redacted whatever its confidence: the confidence
 * tells the reviewer which spans to look at first (LOW: a pattern alone, no check digit or cue).
 */
public enum Confidence {
    HIGH, MEDIUM, LOW
}
