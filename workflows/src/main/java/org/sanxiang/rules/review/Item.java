package org.sanxiang.rules.review;

/**
 * An entry of a list a document sets: a required material, a checklist item (审核内容), a record
 * the legal office keeps, a field of a form, or something that blocks the decision.
 *
 * @param when the circumstance in which the item applies (e.g. {@code hearing}); absent = always
 */
public record Item(String id, String when, String citation, Label label, String note) {
}
