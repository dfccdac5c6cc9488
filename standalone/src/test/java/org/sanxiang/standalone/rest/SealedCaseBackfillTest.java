package org.sanxiang.standalone.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.chemistry.opencmis.client.api.CmisObject;
import org.apache.chemistry.opencmis.client.api.Session;
import org.apache.chemistry.opencmis.commons.PropertyIds;
import org.apache.chemistry.opencmis.commons.enums.BindingType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sanxiang.standalone.auth.DemoUsers;
import org.sanxiang.standalone.cmis.EmbeddedCmisServer;
import org.sanxiang.standalone.rest.Http.Answer;
import org.sanxiang.standalone.runtime.RuntimeConfig;
import org.sanxiang.workflow.record.CaseSeal;

/**
 * A case sealed before its folder said so — a record sealed into its chain, the case not archived, as a runtime
 * that read the seal from the case's records left it — still refuses new records and change after the runtime that
 * reads the folder alone starts on the same repository (wuhan-2020 全过程记录 第二十八条): the start gives its folder
 * {@code sx:caseSealedAt}. A case without a sealed record takes uploads as before.
 */
class SealedCaseBackfillTest {

    @TempDir
    Path dir;

    @Test
    void aCaseSealedBeforeTheFolderMarkerStillRefusesUploads_wuhan2020_全过程记录_第二十八条() throws Exception {
        StringBuilder lines = new StringBuilder();
        Map<String, String> people = new HashMap<>(Map.of("admin", "admin"));
        DemoUsers.USERS.forEach((name, groups) -> {
            lines.append(name).append(":-:").append(String.join(",", groups)).append('\n');
            people.put(name, name);
        });
        Path users = Files.writeString(dir.resolve("users.txt"), lines);
        try (EmbeddedCmisServer cmis = new EmbeddedCmisServer(0, people).start()) {
            String sealed;
            String open;
            try (SandboxFixture before = new SandboxFixture(connected(cmis, "before", users))) {
                sealed = caseWithRecord(before.http);
                open = caseWithRecord(before.http);
                // what a runtime sealed before the marker: the record's seal aspect, nothing on the folder
                Session session = CaseJourneyIT.session(BindingType.BROWSER, cmis.browserUrl());
                String recordId = before.runtime.service().records(sealed).get(0).id();
                CmisObject record = session.getObject(recordId);
                List<String> aspects = new ArrayList<>();
                record.getSecondaryTypes().forEach(t -> aspects.add(t.getId()));
                aspects.add("P:" + CaseSeal.SEALED);
                record.updateProperties(Map.of(PropertyIds.SECONDARY_OBJECT_TYPE_IDS, aspects));
                assertTrue(before.runtime.service().getCase(sealed).properties().get(CaseSeal.CASE_SEALED_AT) == null);
            }
            try (SandboxFixture after = new SandboxFixture(connected(cmis, "after", users))) {
                Answer refused = upload(after.http, sealed, "b.txt");
                assertEquals(409, refused.status(), refused.toString());
                assertTrue(refused.get("error").asText().contains("wuhan-2020 全过程记录 第二十八条"), refused.toString());
                Answer patched = after.http.patch("/cases/" + Http.q(sealed), Map.of("properties", Map.of("sx:partyName", "改名")));
                assertEquals(409, patched.status(), patched.toString());
                assertEquals(1, after.runtime.service().records(sealed).size(), "nothing stored");
                assertTrue(after.runtime.service().getCase(sealed).properties().get(CaseSeal.CASE_SEALED_AT) != null,
                        "the folder says it is sealed");

                assertEquals(201, upload(after.http, open, "b.txt").status(), "a case without a sealed record is open");
                assertTrue(after.runtime.service().getCase(open).properties().get(CaseSeal.CASE_SEALED_AT) == null);
            }
        }
    }

    private RuntimeConfig connected(EmbeddedCmisServer cmis, String database, Path users) {
        return new RuntimeConfig(RuntimeConfig.Mode.CONNECTED, 0, 0, cmis.browserUrl(), "browser", "admin", "admin", "sanxiang",
                "/sanxiang", "jdbc:h2:file:" + dir.resolve("db-" + database).resolve("sanxiang").toAbsolutePath(), "sa", "",
                "chongqing-2024", dir, RuntimeConfig.DEFAULT_MAX_UPLOAD, null, ZoneId.of("Asia/Shanghai"), users);
    }

    private static String caseWithRecord(Http http) {
        CaseJourney journey = new CaseJourney(http, "chongqing-2024");
        journey.createCase();
        Answer first = upload(http, journey.caseId, "a.txt");
        assertEquals(201, first.status(), first.toString());
        return journey.caseId;
    }

    private static Answer upload(Http http, String caseId, String name) {
        return http.postBytes("/cases/" + Http.q(caseId) + "/records?type=sx:evidence&name=" + name,
                "证据".getBytes(StandardCharsets.UTF_8), "application/octet-stream");
    }
}
