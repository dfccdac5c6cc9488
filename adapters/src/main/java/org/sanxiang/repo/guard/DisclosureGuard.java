package org.sanxiang.repo.guard;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.sanxiang.model.SanxiangModel;
import org.sanxiang.rules.Citation;

/**
 * Who may write what publishes: a disclosure record ({@code sx:disclosureRecord}) is created, approved,
 * published, corrected, withdrawn and taken down by the disclosure process alone, after review and
 * approval (未经审核不得发布, chongqing-2024 公示 第六条; wuhan-2020 公示 第三条). The Alfresco behaviours
 * ({@code org.sanxiang.alfresco.behaviour.DisclosureGuardBehaviours}) ask it before a node of that type is
 * created or its process properties change; a Share user, a CMIS client or a rule cannot set
 * {@code sx:disclosureState: published} and appear in integrators' "published" queries.
 *
 * <p>The process's writes pass because they run inside {@link SystemSteps.Step#DISCLOSURE} (the case
 * repository marks them), and the channel's own account passes where the public tree is in the same
 * repository (it copies what the process approved).
 */
public final class DisclosureGuard {

    public static final Citation REVIEWED_BEFORE_RELEASE = Citation.of("chongqing-2024", "公示 第六条");

    public static final String KEY_CREATE = "sanxiang.disclosure.create";
    public static final String KEY_PROPERTY = "sanxiang.disclosure.property";
    /** Every message key the guard uses (the labels test checks each exists in zh_CN and en). */
    public static final List<String> KEYS = List.of(KEY_CREATE, KEY_PROPERTY);

    static final String DISCLOSURE_RECORD = SanxiangModel.TYPE_DISCLOSURE_RECORD.toPrefixString();

    /** The properties only the process sets: the record's state and the facts of its approval and life. */
    public static final Set<String> PROCESS_PROPERTIES = Set.of(SanxiangModel.PROP_DISCLOSURE_STATE.toPrefixString(),
            SanxiangModel.PROP_DISCLOSURE_APPROVED_BY.toPrefixString(), SanxiangModel.PROP_DISCLOSURE_APPROVED_AT.toPrefixString(),
            SanxiangModel.PROP_PUBLISHED_AT.toPrefixString(), SanxiangModel.PROP_DISPLAY_UNTIL.toPrefixString(),
            SanxiangModel.PROP_WITHDRAWN_AT.toPrefixString(), SanxiangModel.PROP_CORRECTED_AT.toPrefixString(),
            SanxiangModel.PROP_TAKEN_DOWN_AT.toPrefixString());

    private final String publisher;

    /** @param publisher the disclosure channel's account (blank: none in this repository) */
    public DisclosureGuard(String publisher) {
        this.publisher = publisher == null ? "" : publisher.trim();
    }

    /** Whether a write touches what only the process writes: a disclosure record, or its process properties. */
    public static boolean processWrite(String type, Map<String, ?> properties) {
        return DISCLOSURE_RECORD.equals(type) || properties.keySet().stream().anyMatch(PROCESS_PROPERTIES::contains);
    }

    /** Before a disclosure record is created by {@code user}. */
    public void checkCreate(String nodeId, String user) {
        if (!byProcess(user)) {
            throw new ProtectedRecordException(KEY_CREATE, "disclosure record " + nodeId + " refused for " + user
                    + ": disclosure records are written by the disclosure process alone, after review and approval ("
                    + REVIEWED_BEFORE_RELEASE + ")", nodeId, user);
        }
    }

    /** Before the properties of a disclosure record change. */
    public void checkUpdate(String nodeId, String user, Map<String, ?> before, Map<String, ?> after) {
        if (byProcess(user)) {
            return;
        }
        for (String name : PROCESS_PROPERTIES) {
            if (!Objects.equals(before.get(name), after.get(name))) {
                throw new ProtectedRecordException(KEY_PROPERTY, "disclosure record " + nodeId + ": " + name
                        + " is set by the disclosure process alone (" + REVIEWED_BEFORE_RELEASE + ")", nodeId, name);
            }
        }
    }

    private boolean byProcess(String user) {
        return SystemSteps.active(SystemSteps.Step.DISCLOSURE) || (!publisher.isEmpty() && publisher.equals(user));
    }
}
