package org.sanxiang.repo.webscripts;

import java.util.List;
import java.util.Objects;

/**
 * What the deadlines board reads of one case folder.
 *
 * @param nodeRef          the case folder
 * @param caseNumber       sx:caseNumber
 * @param caseName         cm:title, else cm:name
 * @param site             the Share site's short name, or null outside sites
 * @param runningDeadlines sx:runningDeadlines, one entry {@code kind|ISO due|citation} per deadline
 * @param provisional      sx:deadlinesProvisional (a year without holiday data, DESIGN.md "Time")
 */
public record FolderDeadlines(String nodeRef, String caseNumber, String caseName, String site,
        List<String> runningDeadlines, boolean provisional) {

    public FolderDeadlines {
        Objects.requireNonNull(nodeRef, "nodeRef");
        runningDeadlines = runningDeadlines == null ? List.of() : List.copyOf(runningDeadlines);
    }
}
