package org.sanxiang.rules.disclosure;

import org.sanxiang.rules.Citation;

/** A field the profile requires in a summary is absent from the decision document. */
public class MissingSummaryFieldException extends IllegalArgumentException {

    private final SummaryField field;
    private final Citation citation;

    public MissingSummaryFieldException(SummaryField field, Citation citation) {
        super("summary field '" + field.code() + "' (" + field.label("zh_CN") + ") is required by "
                + citation + " but the decision document has no '" + field.property() + "'");
        this.field = field;
        this.citation = citation;
    }

    public SummaryField field() {
        return field;
    }

    public Citation citation() {
        return citation;
    }
}
