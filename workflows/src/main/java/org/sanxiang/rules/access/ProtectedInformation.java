package org.sanxiang.rules.access;

/**
 * Information in a record that some requesters must not receive. A record carries the kinds it
 * contains; the access decision lists the kinds withheld from the requester.
 */
public enum ProtectedInformation {
    /** 国家秘密. */
    STATE_SECRET,
    /** 举报人信息. */
    WHISTLEBLOWER,
    /** 投诉人信息. */
    COMPLAINANT,
    /** 其他第三人信息. */
    THIRD_PARTY,
    /** 商业秘密. */
    COMMERCIAL_SECRET,
    /** 个人隐私. */
    PERSONAL_PRIVACY
}
