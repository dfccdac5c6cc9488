package org.sanxiang.repo.webscripts;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Objects;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.sanxiang.rules.evaluate.EvaluateCommand;

/**
 * {@code POST /sanxiang/evaluate}: the rules' verdict on cases given as JSON, the same answer as the
 * standalone {@code evaluate} command (major decision, legal review and its schedule, disclosure,
 * archiving, each with its article). The body is one case object or an array of them; the answer is
 * {@code {"results": [...], "errors": n}}, one result per case in order, a case that cannot be
 * evaluated giving {@code {"id", "error"}} while the others go on.
 */
public final class EvaluateRequest {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** A body larger than this is refused: the web script is for case files, not bulk loads. */
    public static final int MAX_CASES = 1000;

    private final EvaluateCommand command;

    public EvaluateRequest(EvaluateCommand command) {
        this.command = Objects.requireNonNull(command, "command");
    }

    /** Evaluates the body; returns the response JSON. */
    public String evaluate(String body) {
        JsonNode input;
        try {
            input = body == null || body.isBlank() ? null : JSON.readTree(body);
        } catch (JsonProcessingException e) {
            throw new BadRequestException("body: not JSON: " + e.getOriginalMessage());
        }
        if (input == null || !(input.isObject() || input.isArray())) {
            throw new BadRequestException("body: a case object or an array of case objects is required");
        }
        ArrayNode cases = input.isArray() ? (ArrayNode) input : JSON.createArrayNode().add(input);
        if (cases.size() > MAX_CASES) {
            throw new BadRequestException("body: " + cases.size() + " cases, at most " + MAX_CASES + " per request");
        }
        StringBuilder lines = new StringBuilder();
        for (JsonNode c : cases) {
            lines.append(c.toString().replace('\n', ' ')).append('\n'); // JSON Lines: one case per line
        }
        try {
            StringWriter out = new StringWriter();
            int errors = command.run(new BufferedReader(new StringReader(lines.toString())), out);
            ArrayNode results = JSON.createArrayNode();
            for (String line : out.toString().split("\n")) {
                if (!line.isBlank()) {
                    results.add(JSON.readTree(line));
                }
            }
            ObjectNode response = JSON.createObjectNode();
            response.set("results", results);
            response.put("errors", errors);
            return JSON.writeValueAsString(response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
