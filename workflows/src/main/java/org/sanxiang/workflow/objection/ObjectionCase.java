package org.sanxiang.workflow.objection;

import java.time.LocalDate;
import java.util.Objects;

import org.sanxiang.model.SanxiangModel;
import org.sanxiang.model.SanxiangWorkflowModel;
import org.sanxiang.workflow.StepContext;
import org.sanxiang.workflow.port.CaseFolder;
import org.sanxiang.workflow.port.CaseRecord;
import org.sanxiang.workflow.port.CaseRepository;

/**
 * An objection as its start form gives it, with the case and the published record it is against.
 * Every step of sxObjection reads it the same way.
 */
record ObjectionCase(CaseFolder folder, CaseRecord record, String objector, String objectorKind, String contact,
        String grounds, LocalDate receivedOn) {

    static ObjectionCase read(StepContext step, CaseRepository cases, String caseId, LocalDate today, java.time.ZoneId zone) {
        CaseFolder folder = cases.facts(caseId);
        String recordId = required(step, SanxiangWorkflowModel.PROP_OBJECTED_RECORD_ID.toVariableName());
        CaseRecord record = cases.records(caseId).stream().filter(r -> r.id().equals(recordId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(SanxiangWorkflowModel.PROP_OBJECTED_RECORD_ID.toVariableName()
                        + ": no record " + recordId + " in case " + caseId));
        if (!record.hasType(SanxiangModel.TYPE_DISCLOSURE_RECORD)) {
            throw new IllegalArgumentException(SanxiangWorkflowModel.PROP_OBJECTED_RECORD_ID.toVariableName() + ": record "
                    + recordId + " is a " + record.type() + ", not a " + SanxiangModel.TYPE_DISCLOSURE_RECORD.toPrefixString());
        }
        String kind = required(step, SanxiangWorkflowModel.PROP_OBJECTOR_KIND.toVariableName());
        if (!kind.equals("party") && !kind.equals("other")) {
            throw new IllegalArgumentException(SanxiangWorkflowModel.PROP_OBJECTOR_KIND.toVariableName() + ": '" + kind
                    + "' is not one of " + SanxiangWorkflowModel.CONSTRAINT_OBJECTOR_KIND_OPTIONS.toPrefixString() + " (party, other)");
        }
        LocalDate received = step.day(SanxiangWorkflowModel.PROP_OBJECTION_RECEIVED_ON, zone);
        return new ObjectionCase(folder, record, required(step, SanxiangWorkflowModel.PROP_OBJECTOR_NAME.toVariableName()), kind,
                step.trimmed(SanxiangWorkflowModel.PROP_OBJECTOR_CONTACT),
                required(step, SanxiangWorkflowModel.PROP_OBJECTION_GROUNDS.toVariableName()),
                received == null ? today : received);
    }

    String caseLabel() {
        return folder.caseNumber() == null ? folder.caseId() : folder.caseNumber();
    }

    String kindLabel() {
        return objectorKind.equals("party") ? "行政相对人" : "其他公民、法人或非法人组织";
    }

    static String required(StepContext step, String variable) {
        String value = step.trimmed(variable);
        if (value == null) {
            throw new IllegalArgumentException(variable + " is required");
        }
        return value;
    }

    ObjectionCase {
        Objects.requireNonNull(folder, "folder");
        Objects.requireNonNull(record, "record");
    }
}
