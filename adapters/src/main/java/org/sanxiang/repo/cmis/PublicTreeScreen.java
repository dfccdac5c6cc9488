package org.sanxiang.repo.cmis;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

import org.sanxiang.model.SanxiangModel;
import org.sanxiang.rules.facts.PartyKind;
import org.sanxiang.rules.redaction.CaseIndividuals;
import org.sanxiang.rules.redaction.Redactor;
import org.sanxiang.workflow.port.CaseFolder;
import org.sanxiang.workflow.port.CaseRecord;
import org.sanxiang.workflow.port.CaseRepository;
import org.sanxiang.workflow.port.Publication;

/**
 * The one gate to the public tree: every string the disclosure channel writes there passes the
 * redactor here (wuhan-2020 公示 第九条 个人姓名、家庭住址、身份证号、通信方式; chongqing-2024 公示 第十二条（二）;
 * third parties never: chongqing-2024 全过程记录 第十五条, wuhan-2020 全过程记录 第二十九条).
 *
 * <p>Twice, on purpose. When the channel accepts a request, its title, summary, text, kind and reason
 * pass the redactor with the case's own individuals ({@link #individuals(String)}: the party when an
 * individual, the party's address, and the third parties and witnesses named on the case folder and
 * its records), so the outbox never holds what the public must not see. Right before each CMIS write,
 * every property (cmis:name, cmis:description, every sx: property), the content, the content's file
 * name and the folder names pass again: with the case's individuals when the writing channel accepted
 * the request, else with the case-free redactor (patterns, and names beside a kinship or role cue),
 * for a request another process accepted, already redacted.
 */
public final class PublicTreeScreen {

    private static final String PARTY_KIND = SanxiangModel.PROP_PARTY_KIND.toPrefixString();
    private static final String PARTY_NAME = SanxiangModel.PROP_PARTY_NAME.toPrefixString();
    private static final String PARTY_ADDRESS = SanxiangModel.PROP_PARTY_ADDRESS.toPrefixString();
    private static final List<String> THIRD_PARTY_PROPERTIES = List.of(
            SanxiangModel.PROP_THIRD_PARTY_NAMES.toPrefixString(), SanxiangModel.PROP_WITNESSES.toPrefixString());

    private static final Redactor CASE_FREE = Redactor.patternsOnly();

    private final Function<String, CaseIndividuals> individuals;

    /** Reads each case's individuals from the case folder and its records. */
    public PublicTreeScreen(CaseRepository cases) {
        Objects.requireNonNull(cases, "cases");
        this.individuals = caseId -> individuals(cases, caseId);
    }

    private PublicTreeScreen(Function<String, CaseIndividuals> individuals) {
        this.individuals = individuals;
    }

    /**
     * A gate that knows no case: patterns and cues only. For a channel that only delivers what another
     * channel accepted (and redacted with the case's individuals), e.g. the retry job, and for tests.
     */
    public static PublicTreeScreen caseFree() {
        return new PublicTreeScreen(caseId -> CaseIndividuals.NONE);
    }

    /** The redactor for strings of this case bound for the public tree. */
    public Redactor redactorFor(String caseId) {
        if (caseId.startsWith(Publication.REPORT_PREFIX)) {
            return CASE_FREE; // a bureau's annual report: counts of no case, no individuals to know
        }
        CaseIndividuals known = individuals.apply(caseId);
        return known.equals(CaseIndividuals.NONE) ? CASE_FREE : new Redactor(known);
    }

    /** The redactor for a request whose case is not known here. */
    public static Redactor caseFreeRedactor() {
        return CASE_FREE;
    }

    /** The publication with every text (its structured fields too) redacted by {@code redactor}; case id and display period as they were. */
    public static Publication redact(Redactor redactor, Publication p) {
        Map<String, String> fields = new LinkedHashMap<>();
        p.fields().forEach((name, value) -> fields.put(name, text(redactor, value)));
        return new Publication(p.caseId(), text(redactor, p.kind()), text(redactor, p.title()),
                text(redactor, p.summary()), text(redactor, p.redactedText()), p.displayUntil(), fields);
    }

    /** The text redacted; null stays null. */
    public static String text(Redactor redactor, String text) {
        return text == null ? null : redactor.redact(text).redacted();
    }

    /** Every text value and every text in a multi-valued property redacted; other values as they were. */
    public static Map<String, Object> properties(Redactor redactor, Map<String, Object> properties) {
        Map<String, Object> out = new LinkedHashMap<>();
        properties.forEach((name, value) -> out.put(name, value(redactor, value)));
        return out;
    }

    private static Object value(Redactor redactor, Object value) {
        if (value instanceof String s) {
            return text(redactor, s);
        }
        if (value instanceof Collection<?> values) {
            List<Object> out = new ArrayList<>(values.size());
            for (Object v : values) {
                out.add(value(redactor, v));
            }
            return out;
        }
        return value;
    }

    /**
     * The case's individuals: the party and the party's address when the party is not an organisation
     * (an organisation's name is published: chongqing-2024 公示 第十一条 行政相对人名称), and every name in
     * {@code sx:thirdPartyNames} and {@code sx:witnesses} on the case folder and its records.
     */
    static CaseIndividuals individuals(CaseRepository cases, String caseId) {
        CaseFolder facts = cases.facts(caseId);
        Map<String, Object> folder = facts.properties();
        Set<String> names = new LinkedHashSet<>();
        Set<String> addresses = new LinkedHashSet<>();
        if (!PartyKind.ORGANISATION.code().equals(string(folder.get(PARTY_KIND)))) {
            addAll(names, folder.get(PARTY_NAME));
            addAll(addresses, folder.get(PARTY_ADDRESS));
        }
        Set<String> thirdParties = new LinkedHashSet<>();
        for (String property : THIRD_PARTY_PROPERTIES) {
            addAll(thirdParties, folder.get(property));
        }
        for (CaseRecord record : cases.records(caseId)) {
            for (String property : THIRD_PARTY_PROPERTIES) {
                addAll(thirdParties, record.properties().get(property));
            }
        }
        names.removeIf(n -> !CaseIndividuals.usableName(n));
        thirdParties.removeIf(n -> !CaseIndividuals.usableName(n));
        addresses.removeIf(a -> !CaseIndividuals.usableAddress(a));
        return new CaseIndividuals(List.copyOf(names), List.copyOf(addresses), List.copyOf(thirdParties));
    }

    private static void addAll(Set<String> into, Object value) {
        if (value instanceof Collection<?> values) {
            values.forEach(v -> addAll(into, v));
        } else if (value != null && !value.toString().isBlank()) {
            into.add(value.toString().strip());
        }
    }

    private static String string(Object value) {
        return value == null ? null : value.toString().strip();
    }
}
