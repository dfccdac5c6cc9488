package org.sanxiang.standalone.runtime;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Objects;

import org.sanxiang.rules.evaluate.EvaluateCommand;
import org.sanxiang.rules.evaluate.Evaluator;

/** The rules on a batch of case facts, as the {@code evaluate} command runs them: JSON Lines in and out. */
final class RuleEvaluation {

    private final Evaluator evaluator;

    RuleEvaluation(Evaluator evaluator) {
        this.evaluator = Objects.requireNonNull(evaluator, "evaluator");
    }

    String evaluate(String jsonLines) {
        StringWriter out = new StringWriter();
        try {
            new EvaluateCommand(evaluator).run(new BufferedReader(new StringReader(jsonLines == null ? "" : jsonLines)), out);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // strings: cannot happen
        }
        return out.toString();
    }
}
