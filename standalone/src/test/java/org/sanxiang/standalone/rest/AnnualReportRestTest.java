package org.sanxiang.standalone.rest;

import static org.junit.jupiter.api.Assertions.*;

import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;

import org.apache.chemistry.opencmis.client.api.CmisObject;
import org.apache.chemistry.opencmis.client.api.Document;
import org.apache.chemistry.opencmis.client.api.Folder;
import org.apache.chemistry.opencmis.client.api.Session;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.sanxiang.standalone.rest.Http.Answer;

/**
 * sxAnnualReport over the standalone's REST API, on the real CMIS repository: the legal office starts the
 * report of the current year for chongqing-2024 (公示 第十四条), another lawyer reviews it, a leader approves
 * it; the report folder holds the PDF/A, OFD, CSV and XLSX and one sent record per recipient; the data are
 * in the public tree once. Who may start it, a second start and the compiler reviewing are refused.
 */
class AnnualReportRestTest extends SandboxRestTest {




    JsonNode openTask(String processInstanceId, String key, String group) {
        Answer tasks = http.get("/tasks?candidateGroup=" + group);
        assertEquals(200, tasks.status(), tasks.toString());
        for (JsonNode t : tasks.json()) {
            if (processInstanceId.equals(t.path("processInstanceId").asText()) && t.get("key").asText().equals(key)) {
                return t;
            }
        }
        fail("no open " + key + " in " + processInstanceId);
        return null;
    }

    @Test
    @DisplayName("chongqing-2024 公示 第十四条 over REST: 401/403 for who may not start, 201, 409 for a second start; the compiler does not review; reviewed, approved, published once, sent to each recipient; due 31 January on the board")
    void chongqing2024_公示_第十四条_overRest() throws Exception {
        CaseJourney journey = new CaseJourney(http, "chongqing-2024");
        journey.createCase();
        int year = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();
        String path = "/reports/annual/" + year + "/process?profile=chongqing-2024";

        assertEquals(401, http.anonymous().post(path, Map.of()).status());
        Answer officer = http.as("officer1").post(path, Map.of());
        assertEquals(403, officer.status(), officer.toString());
        assertTrue(officer.toString().contains("GROUP_SX_LEGAL_OFFICE"), officer.toString());
        Answer wuhan = http.as("lawyer1").post("/reports/annual/" + year + "/process?profile=wuhan-2020", Map.of());
        assertEquals(400, wuhan.status(), wuhan.toString());
        assertTrue(wuhan.toString().contains("wuhan-2020 公示 第一条至第十三条"), wuhan.toString());

        long publishedBefore = figure(year, "disclosures.published");
        Answer started = http.as("lawyer1").post(path, Map.of());
        assertEquals(201, started.status(), started.toString());
        String pid = started.get("id").asText();
        Answer again = http.as("leader1").post(path, Map.of());
        assertEquals(409, again.status(), again.toString());
        assertTrue(again.toString().contains(pid), again.toString());

        // the deadline: 31 January of the next year, on the board
        Instant due = LocalDate.of(year + 1, 1, 31).atTime(23, 59, 59).atZone(ZoneId.of("Asia/Shanghai")).toInstant();
        boolean onBoard = false;
        for (JsonNode d : http.get("/deadlines").json()) {
            if (d.get("processInstanceId").asText().equals(pid)) {
                onBoard = true;
                assertEquals(due.toString(), d.get("dueAt").asText(), d.toString());
                assertEquals("annual-report:chongqing-2024:" + year, d.get("caseNumber").asText(), d.toString());
            }
        }
        assertTrue(onBoard, "the review's deadline is on the board");

        String review = openTask(pid, "reviewAnnualReport", "GROUP_SX_LEGAL_OFFICE").get("id").asText();
        Answer self = http.as("lawyer1").post("/tasks/" + review + "/complete", Map.of("outcome", "approve"));
        assertEquals(403, self.status(), self.toString());
        assertTrue(self.toString().contains("chongqing-2024 公示 第六条, 第十四条"), self.toString());
        Answer reviewed = http.as("lawyer2").post("/tasks/" + review + "/complete", Map.of("outcome", "approve",
                "values", Map.of("sxwf_annualReportOpinion", "数据与台账一致")));
        assertEquals(200, reviewed.status(), reviewed.toString());
        String approve = openTask(pid, "approveAnnualReport", "GROUP_SX_LEADERS").get("id").asText();
        Answer approved = http.as("leader1").post("/tasks/" + approve + "/complete", Map.of("outcome", "approve"));
        assertEquals(200, approved.status(), approved.toString());

        Session session = sandbox.runtime.cmisEndpoint().open();
        Folder folder = (Folder) session.getObjectByPath(sandbox.runtime.config().cmisRootPath() + "/reports/chongqing-2024/" + year);
        Map<String, Document> documents = new TreeMap<>();
        for (CmisObject o : folder.getChildren()) {
            documents.put(o.getName(), (Document) o);
        }
        String base = year + "-chongqing-2024-annual-r1.";
        assertEquals(List.of(year + "-chongqing-2024-annual-r1.csv", base + "ofd", base + "pdf", base + "xlsx",
                year + "-报送记录-government.txt", year + "-报送记录-superior.txt"), new ArrayList<>(documents.keySet()));
        try (InputStream pdf = documents.get(base + "pdf").getContentStream().getStream()) {
            assertEquals("%PDF", new String(pdf.readNBytes(4), java.nio.charset.StandardCharsets.US_ASCII));
        }
        try (InputStream ofd = documents.get(base + "ofd").getContentStream().getStream()) {
            assertEquals("PK", new String(ofd.readNBytes(2), java.nio.charset.StandardCharsets.US_ASCII), "OFD is a zip package");
        }

        int published = 0;
        for (var r : sandbox.runtime.service().publicRecords()) {
            if (r.title().contains(year + "年度行政执法数据")) {
                published++;
            }
        }
        assertEquals(1, published, "published once");
        // the report's own public copy is not one of the year's disclosures: the account does not count itself
        assertEquals(publishedBefore, figure(year, "disclosures.published"));
    }

    private long figure(int year, String code) {
        Answer report = http.as("lawyer1").get("/reports/annual/" + year + "?profile=chongqing-2024");
        assertEquals(200, report.status(), report.toString());
        for (JsonNode f : report.get("figures")) {
            if (f.get("code").asText().equals(code)) {
                return f.get("value").asLong();
            }
        }
        return 0;
    }
}
