package org.sanxiang.rules.facts;

/** What a decision's content touches: state secrets, commercial secrets, personal privacy. */
public record Secrets(boolean state, boolean commercial, boolean privacy) {

    public static final Secrets NONE = new Secrets(false, false, false);
}
