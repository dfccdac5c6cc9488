package org.sanxiang.workflow.document;

import java.time.LocalDate;

/**
 * Where a form is signed or stamped: the mark the seed prints ({@code 签章} for an office's seal,
 * {@code 签名} for a person's signature), who signs when known, and the date. An unknown date
 * prints as the seed's blank {@code 年 月 日}, to be filled in by hand.
 */
public record Signature(String mark, String signer, LocalDate date) {

    public static final String SEAL = "签章";
    public static final String SIGNATURE = "签名";

    public Signature {
        if (mark == null || mark.isBlank()) {
            throw new IllegalArgumentException("a signature needs its mark (签章 or 签名)");
        }
        signer = signer == null || signer.isBlank() ? null : signer.strip();
    }

    public static Signature seal(String signer, LocalDate date) {
        return new Signature(SEAL, signer, date);
    }

    public static Signature signed(String signer, LocalDate date) {
        return new Signature(SIGNATURE, signer, date);
    }

    /** {@code （签章）张三}: the mark in brackets as the seed prints it, then the signer if known. */
    public String markText() {
        return "（" + mark + "）" + (signer == null ? "" : signer);
    }

    /** {@code 2026年3月12日}, or the seed's blank {@code 年　月　日}. */
    public String dateText() {
        return date == null ? "年　　月　　日" : date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }

    public String text() {
        return markText() + "　" + dateText();
    }
}
