package org.sanxiang.rules.profile;

import java.util.Objects;

/**
 * A place where a seed leaves a choice, and the reading the profile takes, so the choice is visible
 * rather than silent (DESIGN.md, "No invented law"). Profiles list them under {@code ambiguities}.
 *
 * @param id      stable key (a district profile overrides an entry by it)
 * @param section the system it concerns ({@code legalReview}, {@code disclosure}, {@code record},
 *                {@code access}, {@code catalogue})
 * @param article the article that is ambiguous, without the profile id
 * @param reading the reading the profile takes, and what a bureau can change
 */
public record Ambiguity(String id, String section, String article, String reading) {

    public Ambiguity {
        Objects.requireNonNull(id, "id");
    }
}
