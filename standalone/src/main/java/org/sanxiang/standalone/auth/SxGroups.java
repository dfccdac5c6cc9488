package org.sanxiang.standalone.auth;

import java.util.List;
import java.util.Set;

import org.sanxiang.rules.access.AccessRule;
import org.sanxiang.workflow.disclosure.DisclosureApprovers;

/**
 * The groups the runtime knows, as Alfresco names them. The processes' own groups come from the BPMN
 * (candidate and starter groups); these are the ones the REST API's own operations ask for.
 */
public final class SxGroups {

    public static final String ENFORCEMENT = AccessRule.GROUP_ENFORCEMENT;
    public static final String LEGAL_OFFICE = "GROUP_SX_LEGAL_OFFICE";
    public static final String LEADERS = AccessRule.GROUP_LEADERS;
    public static final String PRINCIPAL_LEADER = DisclosureApprovers.PRINCIPAL_LEADER_GROUP;
    public static final String DISCLOSURE = "GROUP_SX_DISCLOSURE";
    public static final String ARCHIVISTS = AccessRule.GROUP_ARCHIVISTS;
    /** Systems reading over CMIS and REST; they change nothing. */
    public static final String INTEGRATORS = "GROUP_SX_INTEGRATORS";
    /** Alfresco's administrators: health and the outbox; they act on no case. */
    public static final String ADMINISTRATORS = "GROUP_ALFRESCO_ADMINISTRATORS";

    /** The bureau's staff who work cases. */
    public static final Set<String> STAFF = Set.of(ENFORCEMENT, LEGAL_OFFICE, LEADERS, PRINCIPAL_LEADER, DISCLOSURE, ARCHIVISTS);

    /**
     * Who sees a party's identity number, address and third-party information without a grant: the unit,
     * the legal office, the leaders and the archivists (chongqing-2024 全过程记录 第十一条, 第十五条;
     * wuhan-2020 全过程记录 第二十九条).
     */
    public static final Set<String> PERSONAL_DATA_READERS = Set.of(ENFORCEMENT, LEGAL_OFFICE, LEADERS, PRINCIPAL_LEADER,
            ARCHIVISTS);

    /** Who creates and edits case folders and uploads the case's records: the unit that handles it. */
    public static final Set<String> CASE_WRITERS = Set.of(ENFORCEMENT);

    /** Who uploads records into a case: the unit, and the legal office its review papers. */
    public static final Set<String> RECORD_WRITERS = Set.of(ENFORCEMENT, LEGAL_OFFICE);

    /** Who corrects a sealed case through the audited correction: the unit, with the legal office and archivists. */
    public static final Set<String> CORRECTORS = Set.of(ENFORCEMENT, LEGAL_OFFICE, ARCHIVISTS);

    /** Who reads the audit of reads: the leaders, the legal office and the archivists. */
    public static final Set<String> AUDIT_READERS = Set.of(LEADERS, LEGAL_OFFICE, ARCHIVISTS, ADMINISTRATORS);

    public static final List<String> ALL = List.of(ENFORCEMENT, LEGAL_OFFICE, LEADERS, PRINCIPAL_LEADER, DISCLOSURE, ARCHIVISTS,
            INTEGRATORS, ADMINISTRATORS);

    private SxGroups() {
    }
}
