package org.sanxiang.rules.evaluate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.List;
import org.sanxiang.rules.Reason;
import org.sanxiang.rules.disclosure.DisclosureDecision;
import org.sanxiang.rules.disclosure.Exclusion;
import org.sanxiang.rules.catalogue.MatterCatalogue;
import org.sanxiang.rules.disclosure.KindDecision;
import org.sanxiang.rules.profile.Coverage;
import org.sanxiang.rules.record.Stage;
import org.sanxiang.rules.record.StagePlan;
import org.sanxiang.rules.review.MajorDecision;
import org.sanxiang.rules.review.ReviewRequirement;
import org.sanxiang.rules.review.ReviewSchedule;

/**
 * {@code evaluate}: JSON Lines in (one case per line), one JSON object per line out, in input
 * order. A line that cannot be read or evaluated gives {@code {"id": …, "error": "…"}} and the
 * run goes on; blank lines are skipped.
 */
public final class EvaluateCommand {

    private final Evaluator evaluator;
    private final ObjectMapper json = new ObjectMapper();

    public EvaluateCommand(Evaluator evaluator) {
        this.evaluator = evaluator;
    }

    /** Processes every line; returns how many lines gave an error. */
    public int run(BufferedReader in, Writer out) throws IOException {
        int errors = 0;
        String line;
        int lineNumber = 0;
        while ((line = in.readLine()) != null) {
            lineNumber++;
            if (line.isBlank()) {
                continue;
            }
            ObjectNode result = evaluateLine(line, lineNumber);
            if (result.has("error")) {
                errors++;
            }
            out.write(json.writeValueAsString(result));
            out.write('\n');
            if (!in.ready()) {
                out.flush(); // interactive use: answer each line as it comes
            }
        }
        out.flush();
        return errors;
    }

    ObjectNode evaluateLine(String line, int lineNumber) {
        JsonNode node = null;
        try {
            node = json.readTree(line);
            return toJson(evaluator.evaluate(CaseFactsJson.read(node)));
        } catch (JsonProcessingException e) {
            return error(null, "line " + lineNumber + ": not JSON: " + e.getOriginalMessage());
        } catch (InvalidInputException e) {
            return error(CaseFactsJson.idOf(node), e.getMessage());
        } catch (RuntimeException e) {
            // A rule failing on one case must not stop the others; say which line and why.
            return error(CaseFactsJson.idOf(node), "line " + lineNumber + ": " + e);
        }
    }

    private ObjectNode error(String id, String message) {
        ObjectNode error = json.createObjectNode();
        error.put("id", id);
        error.put("error", message);
        return error;
    }

    ObjectNode toJson(Evaluation evaluation) {
        ObjectNode out = json.createObjectNode();
        out.put("id", evaluation.facts().id());
        out.put("profile", evaluation.facts().profile());

        ObjectNode major = out.putObject("major");
        MajorDecision classified = evaluation.major();
        major.put("value", classified.valueOrNull());
        reasons(major.putArray("reasons"), classified.reasons());
        strings(major.putArray("missing"), classified.missing());
        coverage(major, classified.notCovered());

        ObjectNode review = out.putObject("review");
        ReviewSchedule schedule = evaluation.review();
        ReviewRequirement requirement = evaluation.reviewRequirement();
        review.put("required", requirement.requiredOrNull());
        strings(review.putArray("missing"), requirement.missing());
        coverage(review, requirement.notCovered());
        date(review, "transferDue", schedule.transferDueDate().orElse(null));
        date(review, "reviewDue", schedule.reviewDueDate().orElse(null));
        date(review, "extendedReviewDue", schedule.extendedReviewDueDate().orElse(null));
        review.put("cappedByStatutoryLimit", schedule.cappedBy() == null ? null : schedule.cappedBy().toString());

        DisclosureDecision decision = evaluation.disclosure();
        ObjectNode disclosure = out.putObject("disclosure");
        disclosure.put("disclose", decision.discloseOrNull());
        coverage(disclosure, decision.notCovered());
        ArrayNode exclusions = disclosure.putArray("exclusions");
        for (Exclusion exclusion : decision.exclusions()) {
            exclusions.addObject()
                    .put("reason", exclusion.reason().code())
                    .put("citation", exclusion.citation().toString());
        }
        date(disclosure, "due", decision.due().dateOrNull());
        disclosure.put("displayPeriod", decision.displayPeriodValue());
        date(disclosure, "withdrawalDue", decision.withdrawalDue().dateOrNull());
        date(disclosure, "correctionDue", decision.correctionDue().dateOrNull());
        ArrayNode kinds = disclosure.putArray("kinds");
        for (KindDecision kind : decision.kinds()) {
            kinds.add(kind(kind));
        }

        ObjectNode record = out.putObject("record");
        date(record, "archiveDue", evaluation.archiveDue().dateOrNull());
        date(record, "handOverDue", evaluation.handOver() == null ? null : evaluation.handOver().date());
        StagePlan plan = evaluation.recordPlan();
        if (plan == null) {
            record.putNull("stages");
        } else {
            ObjectNode stages = record.putObject("stages");
            stages.put("covered", plan.covered());
            stages.put("basis", plan.basis());
            stages.put("citation", plan.covered() ? String.valueOf(plan.citation())
                    : plan.note() == null ? null : plan.note().toString());
            strings(stages.putArray("referTo"), plan.referTo().stream().map(a -> a.code()).toList());
            strings(stages.putArray("codes"), plan.stages().stream().map(Stage::code).toList());
        }

        MatterCatalogue.Matter matter = evaluation.matter();
        if (matter == null && !evaluation.matterRequired()) {
            out.putNull("catalogue");
        } else {
            ObjectNode catalogue = out.putObject("catalogue");
            catalogue.put("required", evaluation.matterRequired());
            catalogue.put("matter", matter == null ? null : matter.code());
            if (matter != null) {
                catalogue.put("zh_CN", matter.zhCN());
                catalogue.put("action", matter.action().code());
                ArrayNode departments = catalogue.putArray("departments");
                for (MatterCatalogue.Department d : matter.departments()) {
                    departments.addObject().put("code", d.code()).put("zh_CN", d.zhCN()).put("group", d.group());
                }
                catalogue.put("citation", matter.citation().toString());
            }
        }
        out.put("provisional", evaluation.provisional());
        return out;
    }

    private ObjectNode kind(KindDecision kind) {
        ObjectNode node = json.createObjectNode();
        node.put("kind", kind.kind());
        node.put("stage", kind.stage());
        KindDecision.Timing timing = kind.timing();
        if (timing instanceof KindDecision.Due d) {
            node.put("timing", switch (d.due().status()) {
                case DUE -> "counted";
                case PROMPTLY -> "promptly";
                case AWAITING_START -> "awaiting-start";
                case NOT_SET -> "not-set";
            });
            date(node, "due", d.due().dateOrNull());
        } else if (timing instanceof KindDecision.Before b) {
            node.put("timing", "before");
            node.putNull("due");
            node.put("before", b.event());
            date(node, "beforeDate", b.eventDate());
        } else if (timing instanceof KindDecision.Periodic p) {
            node.put("timing", "periodic");
            node.putNull("due");
            strings(node.putArray("cadence"), p.cadences().stream().map(Object::toString).toList());
        } else {
            node.put("timing", "set-elsewhere");
            node.putNull("due");
        }
        node.put("displayPeriod", kind.displayPeriod() == null ? null : kind.displayPeriod().value());
        node.put("displayWhile", kind.displayWhile());
        node.put("citation", kind.citation().toString());
        return node;
    }

    private static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }

    /** Null when covered; otherwise where the document says what it covers. */
    private static void coverage(ObjectNode node, Coverage notCovered) {
        if (notCovered == null) {
            node.putNull("notCovered");
        } else {
            node.putObject("notCovered").put("citation", notCovered.citation().toString()).put("reason", notCovered.reason());
        }
    }

    private static void reasons(ArrayNode array, List<Reason> reasons) {
        for (Reason reason : reasons) {
            array.addObject().put("rule", reason.rule()).put("citation", reason.citation().toString());
        }
    }

    private static void date(ObjectNode node, String field, LocalDate date) {
        node.put(field, date == null ? null : date.toString());
    }
}
