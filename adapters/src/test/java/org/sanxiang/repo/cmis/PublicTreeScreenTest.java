package org.sanxiang.repo.cmis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.sanxiang.model.SanxiangModel;
import org.sanxiang.rules.redaction.CaseIndividuals;
import org.sanxiang.workflow.port.CaseFolder;
import org.sanxiang.workflow.port.Publication;
import org.sanxiang.workflow.port.memory.InMemoryCases;

/** The gate to the public tree: whose names it hides and what it passes through the redactor. */
class PublicTreeScreenTest {

    private static final String PARTY_KIND = SanxiangModel.PROP_PARTY_KIND.toPrefixString();
    private static final String PARTY_NAME = SanxiangModel.PROP_PARTY_NAME.toPrefixString();
    private static final String PARTY_ADDRESS = SanxiangModel.PROP_PARTY_ADDRESS.toPrefixString();
    private static final String THIRD_PARTY_NAMES = SanxiangModel.PROP_THIRD_PARTY_NAMES.toPrefixString();
    private static final String WITNESSES = SanxiangModel.PROP_WITNESSES.toPrefixString();

    private static InMemoryCases cases(String caseId, Map<String, Object> folder) {
        InMemoryCases cases = new InMemoryCases();
        cases.addCase(new CaseFolder(caseId, "chongqing-2024", "渝人社监〔2026〕1号", "t", Set.of(), false, folder));
        return cases;
    }

    @Test
    @DisplayName("an individual party, the party's address, third parties and witnesses on the folder and its records are the case's individuals")
    void individualsOfTheCase() {
        Map<String, Object> folder = new LinkedHashMap<>();
        folder.put(PARTY_KIND, "individual");
        folder.put(PARTY_NAME, "刘德明");
        folder.put(PARTY_ADDRESS, "重庆市渝中区民族路88号2单元502室");
        folder.put(THIRD_PARTY_NAMES, List.of("钱多多", "李"));
        InMemoryCases cases = cases("c1", folder);
        cases.createRecord("c1", "sx:textRecord", "询问笔录.txt", Map.of(WITNESSES, List.of("孙立平")));
        cases.createRecord("c1", "sx:textRecord", "举报登记.txt", Map.of(THIRD_PARTY_NAMES, "周小舟"));
        assertEquals(new CaseIndividuals(List.of("刘德明"), List.of("重庆市渝中区民族路88号2单元502室"),
                List.of("钱多多", "孙立平", "周小舟")), PublicTreeScreen.individuals(cases, "c1"),
                "a one-char name cannot be hidden by itself and is left out");
    }

    @Test
    @DisplayName("an organisation's name and address are published (chongqing-2024 公示 第十一条 行政相对人名称); its third parties are not")
    void organisationIsPublished() {
        InMemoryCases cases = cases("c2", Map.of(PARTY_KIND, "organisation", PARTY_NAME, "武汉恒达城建工程有限公司",
                PARTY_ADDRESS, "武汉市江夏区文化大道399号", THIRD_PARTY_NAMES, List.of("钱多多")));
        assertEquals(new CaseIndividuals(List.of(), List.of(), List.of("钱多多")), PublicTreeScreen.individuals(cases, "c2"));
    }

    @Test
    @DisplayName("title, summary, text and kind of a publication are redacted with the case's individuals; the Chongqing demo's facts lose both names")
    void publicationIsRedacted() {
        InMemoryCases cases = cases("c3", Map.of(PARTY_KIND, "individual", PARTY_NAME, "刘德明",
                THIRD_PARTY_NAMES, List.of("钱多多")));
        PublicTreeScreen screen = new PublicTreeScreen(cases);
        Publication p = new Publication("c3", "penalty", "刘德明冒领养老金案",
                "主要事实：经查，当事人刘德明之母刘秀英于2023年4月27日死亡；钱多多举报。",
                "依据《中华人民共和国社会保险法》第八十八条，当事人刘德明……", null);
        Publication out = PublicTreeScreen.redact(screen.redactorFor("c3"), p);
        assertEquals("刘某某冒领养老金案", out.title());
        assertEquals("主要事实：经查，当事人刘某某之母刘某某于2023年4月27日死亡；某某某举报。", out.summary());
        assertEquals("依据《中华人民共和国社会保险法》第八十八条，当事人刘某某……", out.redactedText());
        assertEquals("penalty", out.kind());
        assertEquals(p.caseId(), out.caseId());
    }

    @Test
    @DisplayName("every text and every text of a list is redacted; other values pass unchanged")
    void properties() {
        Map<String, Object> props = new LinkedHashMap<>();
        props.put("cmis:description", "其妻李娜，电话 13812345678");
        props.put("sx:list", List.of("证人王小明", "ok"));
        props.put("sx:redacted", Boolean.TRUE);
        Map<String, Object> out = PublicTreeScreen.properties(PublicTreeScreen.caseFreeRedactor(), props);
        assertEquals("其妻李某，电话 ***********", out.get("cmis:description"));
        assertEquals(List.of("证人某某某", "ok"), out.get("sx:list"));
        assertEquals(Boolean.TRUE, out.get("sx:redacted"));
        assertFalse(out.toString().contains("李娜"));
        assertTrue(PublicTreeScreen.caseFree().redactorFor("any") == PublicTreeScreen.caseFreeRedactor());
    }
}
