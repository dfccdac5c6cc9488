package org.sanxiang.rules.review;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A user-facing label in the users' language (zh_CN) and in English. */
public record Label(@JsonProperty("zh_CN") String zhCN, @JsonProperty("en") String en) {

    /** The label in a language: {@code zh_CN} (or {@code zh}) or {@code en}. */
    public String in(String language) {
        return language.startsWith("zh") ? zhCN : en;
    }

    boolean isComplete() {
        return zhCN != null && !zhCN.isBlank() && en != null && !en.isBlank();
    }
}
