package org.sanxiang.repo.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.sanxiang.repo.node.RepositoryNodes;

/**
 * The repository's CMIS-QL search over an in-memory repository, for the statements the annual account makes:
 * {@code SELECT cmis:objectId FROM <type> WHERE} a conjunction of {@code IN_TREE('<id>')}, {@code IN_FOLDER('<id>')}
 * and {@code <property> = '<text>'}. Anything else fails, so a query Alfresco would be asked is one this answers.
 * Results come in the order of a walk of the tree; {@link #statements} keeps what was asked.
 */
final class FakeNodeQueries implements NodeQueries {

    private static final Pattern SELECT = Pattern.compile("SELECT cmis:objectId FROM (\\S+) WHERE (.+)");
    private static final Pattern IN_TREE = Pattern.compile("IN_TREE\\('([^']+)'\\)");
    private static final Pattern IN_FOLDER = Pattern.compile("IN_FOLDER\\('([^']+)'\\)");
    private static final Pattern EQUALS = Pattern.compile("(\\S+) = '([^']*)'");

    private final RepositoryNodes nodes;
    private final String root;
    final List<String> statements = new ArrayList<>();

    FakeNodeQueries(RepositoryNodes nodes, String root) {
        this.nodes = nodes;
        this.root = root;
    }

    @Override
    public String rootFolder() {
        return root;
    }

    @Override
    public IdPage ids(String statement, long skip, int maxItems) {
        statements.add(statement);
        Matcher m = SELECT.matcher(statement);
        if (!m.matches()) {
            throw new IllegalArgumentException("not a statement of the annual account: " + statement);
        }
        String type = m.group(1);
        List<String> found = new ArrayList<>();
        walk(root, id -> {
            if (nodes.isA(id, type) && where(id, m.group(2))) {
                found.add(id);
            }
        });
        int from = (int) Math.min(skip, found.size());
        int to = Math.min(found.size(), from + maxItems);
        return new IdPage(found.subList(from, to), to < found.size());
    }

    private boolean where(String id, String condition) {
        for (String part : condition.split(" AND ")) {
            Matcher tree = IN_TREE.matcher(part);
            Matcher folder = IN_FOLDER.matcher(part);
            Matcher equals = EQUALS.matcher(part);
            if (tree.matches()) {
                if (!under(id, tree.group(1))) {
                    return false;
                }
            } else if (folder.matches()) {
                if (!folder.group(1).equals(nodes.primaryParent(id))) {
                    return false;
                }
            } else if (equals.matches()) {
                if (!equals.group(2).equals(nodes.properties(id).get(equals.group(1)))) {
                    return false;
                }
            } else {
                throw new IllegalArgumentException("not a condition of the annual account: " + part);
            }
        }
        return true;
    }

    private boolean under(String id, String ancestor) {
        for (String p = nodes.primaryParent(id); p != null; p = nodes.primaryParent(p)) {
            if (Objects.equals(p, ancestor)) {
                return true;
            }
        }
        return false;
    }

    private void walk(String folder, java.util.function.Consumer<String> visit) {
        for (String child : nodes.children(folder)) {
            visit.accept(child);
            walk(child, visit);
        }
    }
}
