package org.sanxiang.rules.duty;

import java.util.List;
import java.util.Objects;

import org.sanxiang.rules.Citation;

/**
 * One separation of duties: whoever did {@code earlier} may not do {@code later}.
 *
 * @param earlier   the duty done first
 * @param later     the duty the same person may then not do
 * @param scope     where the earlier duty counts: the whole case, or the one process instance (one
 *                  disclosure, one access request)
 * @param rule      the rule in words, for refusals
 * @param citations the articles that make the duties separate
 */
public record Separation(Duty earlier, Duty later, Scope scope, String rule, List<Citation> citations) {

    public enum Scope {
        CASE, PROCESS
    }

    public Separation {
        Objects.requireNonNull(earlier, "earlier");
        Objects.requireNonNull(later, "later");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(rule, "rule");
        citations = List.copyOf(citations);
        if (citations.isEmpty()) {
            throw new IllegalArgumentException("a separation of duties needs the article that makes it");
        }
    }

    /** The citations as one text, e.g. {@code chongqing-2024 法制审核 第九条; wuhan-2020 法制审核 第二条}. */
    public String cited() {
        return String.join("; ", citations.stream().map(Citation::toString).toList());
    }
}
