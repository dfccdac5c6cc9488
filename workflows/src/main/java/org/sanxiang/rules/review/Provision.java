package org.sanxiang.rules.review;

/** A provision a profile records with its citation: who decides, who may change thresholds, .... */
public record Provision(String citation, Label label, String note) {
}
