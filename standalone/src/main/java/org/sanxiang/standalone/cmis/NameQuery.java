package org.sanxiang.standalone.cmis;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises a CMIS query whose WHERE clause is a conjunction that includes {@code cmis:name = '<literal>'},
 * as the disclosure channel sends them ({@code SELECT cmis:objectId FROM t WHERE cmis:name = '…'}, and
 * {@code … WHERE IN_FOLDER('…') AND cmis:name = '…'}), so that the store can offer the query processor only
 * the objects ever named so. Conservative: anything else (OR, NOT, parentheses, ORDER BY, a qualified column,
 * an escape other than {@code \'} and {@code \\}) is not recognised and runs over every object as before;
 * the processor still evaluates the whole statement on each object it is offered.
 */
final class NameQuery {

    private static final String LITERAL = "'(?:[^'\\\\]|\\\\['\\\\])*'";
    private static final String TERM = "(?:cmis:name\\s*=\\s*(" + LITERAL + ")|IN_FOLDER\\s*\\(\\s*" + LITERAL + "\\s*\\))";
    private static final Pattern STATEMENT = Pattern.compile("\\s*SELECT\\s+[\\w:.,*\\s]+?\\s+FROM\\s+[\\w:.]+\\s+WHERE\\s+"
            + "(" + TERM + "(?:\\s+AND\\s+" + TERM + ")*)\\s*", Pattern.CASE_INSENSITIVE);
    private static final Pattern NAME_TERM = Pattern.compile("(?:^|\\s)cmis:name\\s*=\\s*(" + LITERAL + ")");
    private static final Pattern IN_FOLDER_TERM = Pattern.compile("(?i)IN_FOLDER\\s*\\(\\s*" + LITERAL + "\\s*\\)");

    private NameQuery() {
    }

    /**
     * The names the statement may require, or empty when the statement is not one of these. A literal with a
     * backslash answers both readings (escapes undone, and as written), so the candidates hold whatever the
     * parser makes of it.
     */
    static Optional<Set<String>> requiredNames(String statement) {
        if (statement == null) {
            return Optional.empty();
        }
        Matcher whole = STATEMENT.matcher(statement);
        if (!whole.matches()) {
            return Optional.empty();
        }
        // the column is matched case-sensitively, as the processor resolves it; blank the folder literals first
        String where = IN_FOLDER_TERM.matcher(whole.group(1)).replaceAll("IN_FOLDER()");
        Matcher name = NAME_TERM.matcher(where);
        if (!name.find()) {
            return Optional.empty();
        }
        String literal = name.group(1);
        return Optional.of(new HashSet<>(List.of(unescape(literal), literal.substring(1, literal.length() - 1))));
    }

    private static String unescape(String literal) {
        StringBuilder out = new StringBuilder(literal.length());
        for (int i = 1; i < literal.length() - 1; i++) {
            char c = literal.charAt(i);
            if (c == '\\') {
                c = literal.charAt(++i);
            }
            out.append(c);
        }
        return out.toString();
    }
}
