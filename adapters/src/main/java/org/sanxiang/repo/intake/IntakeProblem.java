package org.sanxiang.repo.intake;

/**
 * Why the metadata of an accepted file is unavailable. The file itself is always accepted; these
 * codes only explain the "metadata unavailable: <reason>" mark. Labels in zh_CN and en live in
 * {@code alfresco/module/sanxiang-repo/intake/intake-messages*.properties} under
 * {@code sx.intake.problem.<code>}.
 */
public enum IntakeProblem {
    /** No parser knows the detected media type (for example random bytes). */
    NO_PARSER("no-parser"),
    /** The file is truncated or structurally broken. */
    DAMAGED("damaged"),
    /** The file is password protected. */
    ENCRYPTED("encrypted"),
    /** The file exceeds a safety limit (zip bomb, oversized box): it was not parsed further. */
    UNSAFE("unsafe"),
    /** Parsing took longer than the configured timeout and was abandoned. */
    TIMED_OUT("timed-out"),
    /** The parser failed for another reason. */
    PARSE_FAILED("parse-failed");

    private final String code;

    IntakeProblem(String code) {
        this.code = code;
    }

    /** Stable code, used in the reason text and as the message key suffix. */
    public String code() {
        return code;
    }

    /** Message key of this problem's label. */
    public String messageKey() {
        return "sx.intake.problem." + code;
    }
}
