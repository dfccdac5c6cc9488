package org.sanxiang.rules.report;

import java.util.Objects;

/**
 * One figure of the annual account.
 *
 * @param group what is counted
 * @param item  the code a group is broken down by (an action category, an opinion type), or null
 *              for the group's total; its label is the model's label of that code
 * @param value the count, or whole yuan for amounts
 */
public record Figure(FigureGroup group, String item, long value) {

    public Figure {
        Objects.requireNonNull(group, "group");
    }

    /** Stable key, e.g. {@code cases.filed} or {@code cases.byAction.penalty}; hosts map it to the query behind it. */
    public String code() {
        return item == null ? group.code() : group.code() + "." + item;
    }
}
