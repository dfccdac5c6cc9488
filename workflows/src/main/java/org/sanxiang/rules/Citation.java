package org.sanxiang.rules;

import java.util.Objects;

/**
 * Where a rule comes from: a jurisdiction profile and an article of its document, for example
 * {@code chongqing-2024 法制审核 第六条（一）}. Every decision the rules make carries the citations
 * that produced it.
 */
public record Citation(String profile, String article) {

    public Citation {
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(article, "article");
        if (profile.isBlank() || article.isBlank()) {
            throw new IllegalArgumentException("a citation needs a profile and an article");
        }
    }

    public static Citation of(String profile, String article) {
        return new Citation(profile, article);
    }

    @Override
    public String toString() {
        return profile + " " + article;
    }
}
