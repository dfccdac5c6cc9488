package org.sanxiang.repo.guard;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.sanxiang.model.SanxiangModel;
import org.sanxiang.rules.Citation;
import org.sanxiang.repo.node.RepositoryNodes;
import org.sanxiang.workflow.record.CaseSeal;

/**
 * What may happen to a sealed record and to what is under a legal hold; the Alfresco behaviours
 * ({@code org.sanxiang.alfresco.behaviour.RecordGuardBehaviours}) ask it before each change and
 * throw what it throws.
 *
 * <p>A sealed record ({@code sx:sealed}) is immutable, as Alfresco Governance Services treats a
 * record: its content, its name, the metadata its chain link commits to
 * ({@link CaseSeal#SEALED_PROPERTIES}) and the seal itself cannot change; it cannot be moved out of
 * its case; it cannot be deleted, except by the disposition step at the end of its retention
 * ({@link SystemSteps.Step#DISPOSITION}). The originals must not be altered: chongqing-2024 全过程记录
 * 第十四条, wuhan-2020 全过程记录 第二十八条, fushun-2026 全过程记录 第二十一条. Other properties
 * (retention, legal hold, titles) stay editable, since archiving and retention set them after sealing.
 *
 * <p>A legal hold ({@code sx:legalHold}) on a record or its case folder blocks every deletion,
 * disposition included, until the hold is released: the situations of fushun-2026 细则 第二十三条
 * require long-term retention.
 */
public final class RecordGuard {

    /** The hold's basis. */
    public static final Citation LEGAL_HOLD = Citation.of("fushun-2026", "全过程记录 第二十三条");
    /** The seal's basis. */
    public static final List<Citation> SEAL = List.of(Citation.of("chongqing-2024", "全过程记录 第十四条"),
            Citation.of("wuhan-2020", "全过程记录 第二十八条"), Citation.of("fushun-2026", "全过程记录 第二十一条"));

    public static final String KEY_PROPERTY = "sanxiang.record.sealed.property";
    public static final String KEY_CONTENT = "sanxiang.record.sealed.content";
    public static final String KEY_DELETE = "sanxiang.record.sealed.delete";
    public static final String KEY_MOVE = "sanxiang.record.sealed.move";
    public static final String KEY_HELD = "sanxiang.record.held.delete";
    public static final String KEY_CASE_HELD = "sanxiang.case.held.delete";
    public static final String KEY_CASE_SEALED = "sanxiang.case.sealed.delete";
    public static final String KEY_UNSEAL = "sanxiang.record.sealed.unseal";
    /** Every message key the guard uses (the labels test checks each exists in zh_CN and en). */
    public static final List<String> KEYS = List.of(KEY_PROPERTY, KEY_CONTENT, KEY_DELETE, KEY_MOVE, KEY_HELD, KEY_CASE_HELD,
            KEY_CASE_SEALED, KEY_UNSEAL);

    static final String SEALED = SanxiangModel.ASPECT_SEALED.toPrefixString();
    static final String DIGEST = SanxiangModel.PROP_SEAL_DIGEST.toPrefixString();
    static final String HOLD = SanxiangModel.ASPECT_LEGAL_HOLD.toPrefixString();
    static final String CASE_FOLDER = SanxiangModel.TYPE_CASE_FOLDER.toPrefixString();

    /** The properties a sealed record keeps as sealed. */
    public static final Set<String> SEALED_PROPERTIES;

    static {
        Set<String> names = new LinkedHashSet<>();
        names.add("cm:name");
        names.addAll(CaseSeal.SEALED_PROPERTIES);
        for (var p : List.of(SanxiangModel.PROP_SEAL_DIGEST, SanxiangModel.PROP_PREVIOUS_SEAL_DIGEST, SanxiangModel.PROP_SEAL_SEQUENCE,
                SanxiangModel.PROP_SEAL_ALGORITHM, SanxiangModel.PROP_SEALED_AT, SanxiangModel.PROP_SEALED_BY)) {
            names.add(p.toPrefixString());
        }
        SEALED_PROPERTIES = Set.copyOf(names);
    }

    private final RepositoryNodes nodes;

    public RecordGuard(RepositoryNodes nodes) {
        this.nodes = Objects.requireNonNull(nodes, "nodes");
    }

    /**
     * Before properties change. A record counts as sealed when the properties before the change carry
     * a seal digest: so the sealing step itself passes, and removing the seal does not.
     */
    public void checkPropertyUpdate(String nodeId, Map<String, ?> before, Map<String, ?> after) {
        if (before.get(DIGEST) == null || SystemSteps.active(SystemSteps.Step.SEAL)) {
            return;
        }
        for (String name : SEALED_PROPERTIES) {
            if (!Objects.equals(before.get(name), after.get(name))) {
                throw new ProtectedRecordException(KEY_PROPERTY, "record " + label(nodeId, before) + " is sealed: " + name
                        + " cannot change (" + SEAL.get(0) + ")", label(nodeId, before), name);
            }
        }
    }

    /**
     * Before an aspect is removed. The seal stays for good: Alfresco removes an aspect's properties with
     * it, so this is where removing it is refused (a hold, by contrast, is released by removing it).
     */
    public void checkRemoveAspect(String nodeId, String aspect) {
        if (SEALED.equals(aspect) && sealed(nodeId)) {
            throw new ProtectedRecordException(KEY_UNSEAL, "record " + label(nodeId) + " is sealed: the seal cannot be removed ("
                    + SEAL.get(0) + ")", label(nodeId));
        }
    }

    /** When content was written. Nothing may rewrite a sealed record's content, not even the system. */
    public void checkContentUpdate(String nodeId) {
        if (sealed(nodeId)) {
            throw new ProtectedRecordException(KEY_CONTENT, "record " + label(nodeId) + " is sealed: its content cannot change ("
                    + SEAL.get(0) + ")", label(nodeId));
        }
    }

    /** Before a node is deleted (or moved to the trash). */
    public void checkDelete(String nodeId) {
        if (!nodes.exists(nodeId)) {
            return;
        }
        boolean caseFolder = nodes.isA(nodeId, CASE_FOLDER);
        if (caseFolder) {
            checkCaseDelete(nodeId);
            return;
        }
        String parent = nodes.primaryParent(nodeId);
        if (held(nodeId) || parent != null && nodes.exists(parent) && nodes.isA(parent, CASE_FOLDER) && held(parent)) {
            throw new ProtectedRecordException(KEY_HELD, "record " + label(nodeId) + " is under a legal hold and cannot be deleted ("
                    + LEGAL_HOLD + ")", label(nodeId));
        }
        if (sealed(nodeId) && !SystemSteps.active(SystemSteps.Step.DISPOSITION)) {
            throw new ProtectedRecordException(KEY_DELETE, "record " + label(nodeId) + " is sealed: only disposition at the end of"
                    + " its retention deletes it (" + SEAL.get(0) + ")", label(nodeId));
        }
    }

    /** Before a node moves; a sealed record stays where it was sealed (its chain is its case's). */
    public void checkMove(String nodeId, String oldParent, String newParent) {
        if (sealed(nodeId) && !Objects.equals(oldParent, newParent)) {
            throw new ProtectedRecordException(KEY_MOVE, "record " + label(nodeId) + " is sealed into its case's chain and cannot be"
                    + " moved (" + SEAL.get(0) + ")", label(nodeId));
        }
    }

    private void checkCaseDelete(String caseId) {
        boolean held = held(caseId);
        boolean anySealed = false;
        for (String child : nodes.children(caseId)) {
            held |= held(child);
            anySealed |= sealed(child);
        }
        if (held) {
            throw new ProtectedRecordException(KEY_CASE_HELD, "case " + label(caseId) + " or a record in it is under a legal hold"
                    + " and cannot be deleted (" + LEGAL_HOLD + ")", label(caseId));
        }
        if (anySealed) {
            throw new ProtectedRecordException(KEY_CASE_SEALED, "case " + label(caseId) + " holds sealed records: records are"
                    + " destroyed one by one at the end of their retention, never with their case (" + SEAL.get(0) + ")",
                    label(caseId));
        }
    }

    private boolean sealed(String nodeId) {
        return nodes.exists(nodeId) && nodes.aspects(nodeId).contains(SEALED);
    }

    private boolean held(String nodeId) {
        return nodes.aspects(nodeId).contains(HOLD);
    }

    private String label(String nodeId) {
        return nodes.exists(nodeId) ? nodes.name(nodeId) + " (" + nodeId + ")" : nodeId;
    }

    private static String label(String nodeId, Map<String, ?> properties) {
        Object name = properties.get("cm:name");
        return name == null ? nodeId : name + " (" + nodeId + ")";
    }
}
