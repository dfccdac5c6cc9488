package org.sanxiang.rules.record;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.sanxiang.rules.Citation;

/**
 * One stage of a case's full-process record, with the records it requires.
 *
 * @param type           {@code general} (一般程序环节), {@code special} (特别程序环节), or {@code item} for an
 *                       entry of a record list that does not split the two (Ningxia 附件4)
 * @param item           the list's item number (Ningxia 附件4), or null
 * @param requiredAll    every one of these records is required
 * @param requiredAnyOf  at least one of these is required (empty: no such choice)
 * @param method         the document's own words for the record method, or null
 * @param avMandatory    AV recording is mandatory at this stage in every case
 * @param avRules        the AV rules that attach to this stage (mandatory or conditional), with citations
 * @param minimumStorage how long its records are kept at least (Ningxia 附件4), or null
 * @param begins         when recording begins (Ningxia 附件4 开始记录时间), or null
 * @param ends           when recording ends (结束记录时间), or null
 * @param conflict       the conflict between two provisions at this stage and the reading applied, or null
 */
public record Stage(
        String code,
        String zhCN,
        String en,
        String type,
        Integer item,
        String phase,
        Set<RecordKind> requiredAll,
        Set<RecordKind> requiredAnyOf,
        String method,
        boolean avMandatory,
        List<AvRequirement> avRules,
        Retention minimumStorage,
        String begins,
        String ends,
        Citation citation,
        RecordConflict conflict) {

    public Stage {
        requiredAll = Set.copyOf(requiredAll);
        requiredAnyOf = Set.copyOf(requiredAnyOf);
        avRules = List.copyOf(avRules);
    }

    public String label(String language) {
        return "en".equals(language) ? en : zhCN;
    }

    /** True when AV must be recorded here in every case or in a situation the rules name. */
    public boolean avRequiredSometimes() {
        return avMandatory || !avRules.isEmpty();
    }

    /** The citations that make AV mandatory here (the stage's own list entry, or a mandatory rule). */
    public List<Citation> avMandatoryCitations() {
        if (!avMandatory) {
            return List.of();
        }
        List<Citation> rules = avRules.stream().filter(AvRequirement::mandatory).map(AvRequirement::citation).toList();
        return requiredAll.contains(RecordKind.AV)
                ? Stream.concat(Stream.of(citation), rules.stream()).toList()
                : rules;
    }
}
