package org.sanxiang.rules;

/** A constant of the rules known by a {@link Term}: its code and labels come from the term. */
public interface Termed {

    Term term();

    default String code() {
        return term().code();
    }

    default String label(String language) {
        return term().label(language);
    }

    /** The constant whose code is {@code code}, or an error naming the field and the codes it may take. */
    static <E extends Termed> E fromCode(E[] values, String code, String field) {
        return Codes.fromCode(values, code, Termed::code, field);
    }
}
