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
        major.put("value", evaluation.major().value());
        reasons(major.putArray("reasons"), evaluation.major().reasons());

        ObjectNode review = out.putObject("review");
        ReviewSchedule schedule = evaluation.review();
        review.put("required", evaluation.reviewRequirement().required());
        date(review, "transferDue", schedule.transferDueDate().orElse(null));
        date(review, "reviewDue", schedule.reviewDueDate().orElse(null));
        date(review, "extendedReviewDue", schedule.extendedReviewDueDate().orElse(null));

        DisclosureDecision decision = evaluation.disclosure();
        ObjectNode disclosure = out.putObject("disclosure");
        disclosure.put("disclose", decision.disclose());
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

        date(out.putObject("record"), "archiveDue", evaluation.archiveDue().dateOrNull());
        out.put("provisional", evaluation.provisional());
        return out;
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
