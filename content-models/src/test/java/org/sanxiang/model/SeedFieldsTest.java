package org.sanxiang.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.sanxiang.model.m2.M2Class;
import org.sanxiang.model.m2.M2Model;
import org.sanxiang.model.m2.M2Property;

/** The fields and enumerations the regulations (seeds/) require of the sx model, article by article. */
class SeedFieldsTest {

    private static final M2Model SX = TestModels.content();

    private static void assertHas(QName type, QName... props) {
        M2Class c = SX.findClass(type.toPrefixString()).orElseThrow(() -> new AssertionError("missing " + type.toPrefixString()));
        List<String> missing = new ArrayList<>();
        for (QName p : props) {
            if (c.findProperty(p.toPrefixString()).isEmpty()) {
                missing.add(p.toPrefixString());
            }
        }
        assertEquals(List.of(), missing, type.toPrefixString() + " lacks fields");
    }

    private static List<String> values(QName constraint) {
        return SX.findConstraint(constraint.toPrefixString()).orElseThrow().allowedValues();
    }

    @Test
    @DisplayName("chongqing-2024 法制审核 附件1: sx:reviewOpinion has every field of 重大行政执法决定审核意见书")
    void reviewOpinionForm() {
        // 决定名称, 法制机构负责人, 审核人, 案件基本情况, 审核意见 (签章, 日期), 分管领导意见 (签名, 日期)
        assertHas(SanxiangModel.TYPE_REVIEW_OPINION, SanxiangModel.PROP_REVIEWED_DECISION_NAME,
                SanxiangModel.PROP_LEGAL_OFFICE_HEAD, SanxiangModel.PROP_REVIEWERS, SanxiangModel.PROP_CASE_SUMMARY,
                SanxiangModel.PROP_OPINION_TEXT, SanxiangModel.PROP_LEGAL_OFFICE_SEALED, SanxiangModel.PROP_OPINION_DATE,
                SanxiangModel.PROP_LEADER_OPINION, SanxiangModel.PROP_LEADER_NAME, SanxiangModel.PROP_LEADER_OPINION_DATE,
                SanxiangModel.PROP_OPINION_TYPE);
    }

    @Test
    @DisplayName("chongqing-2024 法制审核 附件2: sx:transferList has every field of 案卷移交清单, before and after review")
    void transferListForm() {
        assertHas(SanxiangModel.TYPE_TRANSFER_LIST, SanxiangModel.PROP_TRANSFER_SERIAL_NUMBER, SanxiangModel.PROP_CASE_FILE_NAME,
                SanxiangModel.PROP_PRE_REVIEW_TRANSFEROR, SanxiangModel.PROP_PRE_REVIEW_RECIPIENT,
                SanxiangModel.PROP_PRE_REVIEW_TRANSFERRED_AT, SanxiangModel.PROP_PRE_REVIEW_PLACE,
                SanxiangModel.PROP_POST_REVIEW_TRANSFEROR, SanxiangModel.PROP_POST_REVIEW_RECIPIENT,
                SanxiangModel.PROP_POST_REVIEW_TRANSFERRED_AT, SanxiangModel.PROP_POST_REVIEW_PLACE,
                SanxiangModel.PROP_CASE_FILE_MATERIALS);
    }

    @Test
    @DisplayName("chongqing-2024 法制审核 第十四条, wuhan-2020 法制审核 第十条, ningxia-2019 法制审核 第九条: opinion types")
    void opinionTypes() {
        assertEquals(List.of("agree", "disagree", "furtherInvestigation", "supplementMaterials", "change", "correctProcedure",
                "transfer", "noPenalty", "collectiveDecision", "transferToJudicial", "other"),
                values(SanxiangModel.CONSTRAINT_OPINION_TYPES));
    }

    @Test
    @DisplayName("wuhan-2020 全过程记录 第十三条: the five case sources, plus application (第十条) and emergency start (第十二条)")
    void caseSources() {
        assertEquals(List.of("ownInspection", "complaintOrReport", "assignedBySuperior", "transferredByOtherAuthority",
                "otherLawfulChannel", "application", "emergency"), values(SanxiangModel.CONSTRAINT_CASE_SOURCES));
    }

    @Test
    @DisplayName("chongqing-2024 全过程记录 第二条, wuhan-2020 公示 第三条: the seven action categories; general/summary procedure")
    void actionCategoriesAndProcedures() {
        assertEquals(List.of("penalty", "licence", "coercive", "inspection", "confirmation", "reward", "levy"),
                values(SanxiangModel.CONSTRAINT_ACTION_CATEGORIES));
        assertEquals(List.of("general", "summary"), values(SanxiangModel.CONSTRAINT_PROCEDURES));
    }

    @Test
    @DisplayName("chongqing-2024 公示 第十二条, wuhan-2020 公示 第十条: every reason not to disclose")
    void exclusionReasons() {
        assertEquals(List.of("minorParty", "stateSecret", "tradeSecret", "personalPrivacy", "securityOrStability",
                "affectsInvestigation", "suspectedCrime", "otherLaw"), values(SanxiangModel.CONSTRAINT_EXCLUSION_REASON_OPTIONS));
    }

    @Test
    @DisplayName("fushun-2026 第二十三条: the four reasons for long-term retention (legal hold)")
    void holdReasons() {
        assertEquals(List.of("objectionOrComplaint", "obstruction", "massOrEmergencyIncident", "otherImportant"),
                values(SanxiangModel.CONSTRAINT_HOLD_REASON_OPTIONS));
    }

    @Test
    @DisplayName("wuhan-2020 全过程记录 第七条, 第二十六条: AV records carry device, start/end, duration, interruptions, storage")
    void avRecordFields() {
        assertHas(SanxiangModel.TYPE_AV_RECORD, SanxiangModel.PROP_DEVICE_ID, SanxiangModel.PROP_DEVICE_KIND,
                SanxiangModel.PROP_AV_STARTED_AT, SanxiangModel.PROP_AV_ENDED_AT, SanxiangModel.PROP_AV_DURATION_SECONDS,
                SanxiangModel.PROP_INTERRUPTION_COUNT, SanxiangModel.PROP_INTERRUPTION_REASONS,
                SanxiangModel.PROP_INTERRUPTION_EXPLANATION, SanxiangModel.PROP_WRITTEN_EXPLANATION,
                SanxiangModel.PROP_STORAGE_LOCATION, SanxiangModel.PROP_STORED_AT);
        assertEquals(List.of("badWeather", "deviceFault", "deviceDamage", "other"),
                values(SanxiangModel.CONSTRAINT_INTERRUPTION_REASON_OPTIONS));
    }

    @Test
    @DisplayName("chongqing-2024 全过程记录 第十三条: AV used as evidence names the maker, extractor and extraction time")
    void avEvidenceFields() {
        assertHas(SanxiangModel.TYPE_AV_RECORD, SanxiangModel.PROP_USED_AS_EVIDENCE, SanxiangModel.PROP_DISC_MAKER,
                SanxiangModel.PROP_EXTRACTED_BY, SanxiangModel.PROP_EXTRACTED_AT);
    }

    @Test
    @DisplayName("wuhan-2020 全过程记录 第六条, 第十四条: every stage record says stage, who, when, where, officers and certificates")
    void stageRecordFields() {
        assertHas(SanxiangModel.TYPE_STAGE_RECORD, SanxiangModel.PROP_STAGE, SanxiangModel.PROP_RECORDED_BY,
                SanxiangModel.PROP_RECORDED_AT, SanxiangModel.PROP_RECORD_PLACE, SanxiangModel.PROP_RECORD_OFFICERS,
                SanxiangModel.PROP_RECORD_OFFICER_CERTIFICATES);
        assertEquals("sx:stageRecord", SX.findClass("sx:textRecord").orElseThrow().parent());
        assertEquals("sx:stageRecord", SX.findClass("sx:avRecord").orElseThrow().parent());
    }

    @Test
    @DisplayName("chongqing-2024 公示 第十一条, wuhan-2020 公示 第九条, ningxia-2019 公示事项清单 第18/20/23项: disclosure summary fields")
    void disclosureSummaryFields() {
        assertHas(SanxiangModel.TYPE_DISCLOSURE_RECORD, SanxiangModel.PROP_DISCLOSED_DOCUMENT_NUMBER,
                SanxiangModel.PROP_DISCLOSED_CASE_NAME, SanxiangModel.PROP_DISCLOSED_MATTER_NAME,
                SanxiangModel.PROP_DISCLOSED_CATEGORY, SanxiangModel.PROP_DISCLOSED_PENALTY_KINDS,
                SanxiangModel.PROP_DISCLOSED_PARTY_NAME, SanxiangModel.PROP_DISCLOSED_PARTY_CODE,
                SanxiangModel.PROP_DISCLOSED_LEGAL_REPRESENTATIVE, SanxiangModel.PROP_DISCLOSED_CAUSE,
                SanxiangModel.PROP_DISCLOSED_MAIN_FACTS, SanxiangModel.PROP_DISCLOSED_BASIS, SanxiangModel.PROP_DISCLOSED_RESULT,
                SanxiangModel.PROP_DISCLOSED_SEIZURE_LIST, SanxiangModel.PROP_DISCLOSED_APPROVAL_CATEGORY,
                SanxiangModel.PROP_DISCLOSED_LICENCE_VALID_FROM, SanxiangModel.PROP_DISCLOSED_LICENCE_VALID_UNTIL,
                SanxiangModel.PROP_DISCLOSED_AUTHORITY, SanxiangModel.PROP_DISCLOSED_DECISION_DATE,
                SanxiangModel.PROP_DISPLAY_UNTIL, SanxiangModel.PROP_DISCLOSURE_STATE);
        assertEquals(List.of("draft", "approved", "published", "corrected", "withdrawn", "expired"),
                values(SanxiangModel.CONSTRAINT_DISCLOSURE_STATES));
    }

    @Test
    @DisplayName("wuhan-2020 全过程记录 第二十七条, 第二十九条, fushun-2026 第二十六条: access request fields")
    void accessRequestFields() {
        assertHas(SanxiangModel.TYPE_ACCESS_REQUEST, SanxiangModel.PROP_REQUESTER_NAME, SanxiangModel.PROP_REQUESTER_ORGANISATION,
                SanxiangModel.PROP_REQUESTER_KIND, SanxiangModel.PROP_ACCESS_LEGAL_BASIS, SanxiangModel.PROP_ACCESS_REASON,
                SanxiangModel.PROP_ACCESS_APPROVER, SanxiangModel.PROP_ACCESS_PERIOD_FROM, SanxiangModel.PROP_ACCESS_PERIOD_UNTIL,
                SanxiangModel.PROP_COPIES_MADE, SanxiangModel.PROP_COPIED_BY, SanxiangModel.PROP_RETURNED_AT);
    }

    @Test
    @DisplayName("issue 2: the case folder carries the case facts the classification and deadlines need")
    void caseFolderFields() {
        assertEquals("cm:folder", SX.findClass("sx:caseFolder").orElseThrow().parent());
        assertHas(SanxiangModel.TYPE_CASE_FOLDER, SanxiangModel.PROP_CASE_NUMBER, SanxiangModel.PROP_JURISDICTION_PROFILE,
                SanxiangModel.PROP_ACTION_CATEGORY, SanxiangModel.PROP_PROCEDURE, SanxiangModel.PROP_CASE_SOURCE,
                SanxiangModel.PROP_CURRENT_STAGE, SanxiangModel.PROP_PARTY_KIND, SanxiangModel.PROP_PARTY_NAME,
                SanxiangModel.PROP_PARTY_ID_NUMBER, SanxiangModel.PROP_PARTY_MINOR, SanxiangModel.PROP_PARTY_FOREIGN_INVESTED,
                SanxiangModel.PROP_FINE_AMOUNT, SanxiangModel.PROP_PENALTY_MEASURES, SanxiangModel.PROP_COERCIVE_MEASURES,
                SanxiangModel.PROP_HEARING_HELD, SanxiangModel.PROP_CASE_DECISION_NUMBER, SanxiangModel.PROP_CASE_DECISION_DATE,
                SanxiangModel.PROP_CLOSED_DATE, SanxiangModel.PROP_NEXT_DEADLINE, SanxiangModel.PROP_RUNNING_DEADLINES);
        assertEquals(List.of("chongqing-2024", "wuhan-2020", "ningxia-2019", "tianjin-2019", "fushun-2026"),
                values(SanxiangModel.CONSTRAINT_JURISDICTION_PROFILES));
    }

    private static final Pattern ARTICLE = Pattern.compile("第[一二三四五六七八九十百]+[条项]|附件");
    private static final Pattern PROFILE = Pattern.compile("(chongqing-2024|wuhan-2020|ningxia-2019|tianjin-2019|fushun-2026)");

    @Test
    @DisplayName("every description that cites an article also names the jurisdiction profile it comes from")
    void citationsNameTheirProfile() {
        List<String> bad = new ArrayList<>();
        for (M2Model m : TestModels.both()) {
            for (M2Class c : m.classes()) {
                check(c.name(), c.description(), bad);
                for (M2Property p : c.properties()) {
                    check(p.name(), p.description(), bad);
                }
            }
        }
        assertEquals(List.of(), bad);
    }

    private static void check(String name, String description, List<String> bad) {
        if (description != null && ARTICLE.matcher(description).find() && !PROFILE.matcher(description).find()
                && !description.contains("行政处罚法")) {
            bad.add(name + ": " + description);
        }
    }
}
