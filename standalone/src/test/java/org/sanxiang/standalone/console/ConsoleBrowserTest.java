package org.sanxiang.standalone.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.sanxiang.standalone.auth.SxGroups;
import org.sanxiang.standalone.rest.RestApi;
import org.sanxiang.standalone.runtime.RuntimeConfig;
import org.sanxiang.standalone.runtime.SanxiangRuntime;

/**
 * The demo's Chongqing journey (渝人社监〔2026〕217号, a pension fraud fined 77,280 yuan) in a real browser,
 * each step by the person whose work it is: officer1 creates the case and uploads its records, starts the
 * legal review and sends the file; lawyer1 reviews; leader1 decides; clerk1 drafts the disclosure, lawyer1
 * reviews it, the unit's head approves it (chongqing-2024); the public page shows it redacted; archivist1 archives and seals; an
 * access request officer1 makes is approved by leader1. Then a case titled {@code <script>alert(1)</script>}:
 * nothing runs. With -Dsanxiang.screenshots=docs/console it writes a PNG of each page.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
// bounded: a step of the journey that hangs (a browser that never answers) fails after three minutes
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class ConsoleBrowserTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final String CASE_NUMBER = "渝人社监〔2026〕217号";
    private static final String PARTY = "刘德明";
    private static final String ID_NUMBER = "500103196203154318";
    /** Who does a task offered to a group. */
    private static final Map<String, String> BY_GROUP = Map.of(
            SxGroups.ENFORCEMENT, "officer1", SxGroups.LEGAL_OFFICE, "lawyer1",
            SxGroups.LEADERS, "leader1", SxGroups.PRINCIPAL_LEADER, "leader1",
            SxGroups.DISCLOSURE, "clerk1", SxGroups.ARCHIVISTS, "archivist1");

    private SanxiangRuntime runtime;
    private RestApi rest;
    private Browser browser;
    private String casePath;
    private Path uploads;
    private final List<String> done = new ArrayList<>();

    @BeforeAll
    void start(@TempDir Path dir) throws IOException {
        uploads = dir.resolve("uploads");
        if (!Browser.available()) {
            return; // each test skips, saying why (skipWithoutABrowser)
        }
        RuntimeConfig config = RuntimeConfig.sandbox(dir);
        runtime = SanxiangRuntime.start(config, List.of());
        rest = RestApi.start(runtime.guard(), runtime.authenticator(), "127.0.0.1", 0, config.maxUploadBytes(), config.defaultProfile());
        try {
            browser = Browser.start(rest.consoleUrl());
        } finally {
            if (browser == null) {
                rest.close();
                runtime.close();
            }
        }
    }

    /** Without chromium every step is reported skipped, with the reason, and nothing was started. */
    @BeforeEach
    void skipWithoutABrowser() {
        Browser.assumeAvailable();
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.close();
        }
        if (rest != null) {
            rest.close();
        }
        if (runtime != null) {
            runtime.close();
        }
    }

    private static LocalDate today() {
        return LocalDate.now(ZONE);
    }

    @Test
    @Order(1)
    void officerCreatesTheCaseAndUploadsItsRecords() throws IOException {
        browser.open("/work");
        assertTrue(browser.path().startsWith("/login"), "a page wants a login first: " + browser.path());
        browser.screenshot("01-login");
        browser.as("officer1");

        browser.open("/cases/new");
        browser.field("sx_caseNumber", CASE_NUMBER);
        browser.field("sx_caseName", "刘某冒领已故亲属基本养老金案");
        browser.field("sx_jurisdictionProfile", "chongqing-2024");
        browser.field("sx_actionCategory", "penalty");
        browser.field("sx_procedure", "general");
        browser.field("sx_matterName", "以欺诈手段骗取社会保险待遇的行政处罚");
        browser.field("sx_caseSource", "transferredByOtherAuthority");
        browser.field("sx_enforcementUnit", "重庆市人力资源和社会保障局社会保险基金监督处");
        browser.field("sx_caseOfficers", List.of("王振宇", "陈晓琳"));
        browser.screenshot("02-new-case");
        browser.click(By.id("create-case"));
        assertTrue(browser.path().startsWith("/cases/"), "the new case's page: " + browser.driver.getPageSource());
        casePath = browser.path();
        assertTrue(browser.text(By.id("case-title")).contains(CASE_NUMBER));

        // the party and the fine, on the Share edit form of the case folder
        browser.click(By.id("edit-case"));
        browser.field("sx_partyKind", "individual");
        browser.field("sx_partyName", PARTY);
        browser.field("sx_partyIdKind", "residentIdCard");
        browser.field("sx_partyIdNumber", ID_NUMBER);
        browser.field("sx_partyAddress", "重庆市渝中区民族路88号2单元502室");
        browser.field("sx_fineAmount", "77280");
        browser.click(By.id("save-case"));
        assertEquals(casePath, browser.path(), browser.driver.getPageSource());

        upload("案件线索移送登记表.txt", "sx:textRecord", "acceptance", "案件线索移送登记表\n移送单位：重庆市社会保险事务中心");
        upload("立案审批表.txt", "sx:textRecord", "filing", "立案审批表  " + CASE_NUMBER + "\n负责人意见：同意立案。");
        upload("询问笔录-刘德明.txt", "sx:textRecord", "investigation",
                "询问笔录\n被询问人：" + PARTY + "，身份证号码 " + ID_NUMBER + "，联系电话 13983061472");
        upload("案件调查终结报告.txt", "sx:textRecord", "review", "调查终结报告：事实清楚，证据确凿。");
        assertEquals(4, browser.all(By.cssSelector("#case-records tr.record-row")).size());
        done.add("officer1 created the case and uploaded 4 records");
    }

    /** Presses the start form's button: the case page says the process started. */
    private void started() {
        browser.click(By.id("start-process"));
        assertEquals(casePath, browser.path(), "the start was refused: " + (browser.has(By.id("problems"))
                ? browser.text(By.id("problems")) : browser.driver.getPageSource()));
        assertTrue(browser.text(By.id("flash")).contains("已发起"), browser.text(By.id("flash")));
    }

    private Path file(String name, String text) throws IOException {
        Path file = Files.createDirectories(uploads.resolve(String.valueOf(System.nanoTime()))).resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    private void upload(String name, String type, String stage, String text) throws IOException {
        Path file = file(name, text);
        browser.open(casePath);
        new Select(browser.find(By.id("upload-type"))).selectByValue(type);
        new Select(browser.find(By.id("upload-stage"))).selectByValue(stage);
        browser.find(By.id("upload-file")).sendKeys(file.toString());
        browser.click(By.id("upload"));
        assertTrue(browser.text(By.id("flash")).contains(name), browser.driver.getPageSource());
    }

    @Test
    @Order(2)
    void legalReviewSentReviewedAndDecided() throws IOException {
        browser.as("officer1").open(casePath);
        browser.click(By.id("start-sxLegalReview"));
        browser.field("sxwf_decisionName", "刘德明骗取社会保险待遇行政处罚决定");
        browser.field("sxwf_proposedDecision", "责令退回骗取的基本养老金38640元，并处骗取金额二倍罚款77280元");
        browser.field("sxwf_investigationEndedAt", today().toString());
        started();

        Map<String, String> by = drive(true);
        assertEquals("officer1", by.get("assembleTransfer"), "the unit sends the file");
        assertEquals("lawyer1", by.get("legalReview"), "the legal office reviews");
        assertEquals("leader1", by.get("leaderDecision"), "the leader decides");

        // the decision's records, as the demo adds them once the decision is made
        browser.as("officer1");
        // the decision document with its metadata, on the Share create form of sx:decisionDocument
        browser.open(casePath);
        browser.click(By.id("new-record-sx-decisionDocument"));
        browser.find(By.id("f-cm_content")).sendKeys(file("行政处罚决定书.txt", "重庆市人力资源和社会保障局\n行政处罚决定书\n渝人社罚决〔2026〕41号\n当事人："
                + PARTY + "，公民身份号码 " + ID_NUMBER + "。").toString());
        browser.field("sx_stage", "decision");
        browser.field("sx_decisionState", "issued");
        browser.field("sx_decisionDate", today().toString());
        browser.field("sx_mainFacts", "当事人之母于2023年4月27日死亡，当事人未按规定报告，继续领取基本养老金34个月，合计38640元。");
        browser.field("sx_legalBasis", "《中华人民共和国社会保险法》第八十八条");
        browser.field("sx_decisionContent", "一、责令退回骗取的基本养老保险金38640元；二、处骗取金额二倍罚款，计77280元。");
        browser.screenshot("10-record-form");
        browser.click(By.id("add-record"));
        assertTrue(browser.has(By.id("flash")), "the decision document was refused: " + (browser.has(By.id("problems"))
                ? browser.text(By.id("problems")) : browser.driver.getPageSource()));
        upload("送达回证.txt", "sx:textRecord", "service", "送达回证：已直接送达当事人。");
        upload("罚没款缴款凭证.txt", "sx:textRecord", "execution", "罚没款缴款凭证：77280元。");
        upload("结案审批表.txt", "sx:textRecord", "termination", "结案审批表：同意结案。");
        upload("卷内文件目录.txt", "sx:textRecord", "archiving", "卷内文件目录");
    }

    @Test
    @Order(3)
    void disclosureDraftedReviewedApprovedAndPublishedRedacted() throws IOException {
        browser.as("officer1").open(casePath);
        browser.click(By.id("start-sxDisclosure"));
        browser.field("sxwf_disclosureDecisionDate", today().toString());
        browser.field("sxwf_disclosureForMajor", true);
        started();
        Map<String, String> by = drive(false);
        assertEquals("clerk1", by.get("draftDisclosure"));
        assertEquals("lawyer1", by.get("reviewDisclosure"));
        // chongqing-2024 has the head of the enforcement unit approve (the process names the group): not the drafter
        assertEquals("officer1", by.get("approveDisclosure"));
        assertNotEquals(by.get("draftDisclosure"), by.get("approveDisclosure"), "drafter ≠ approver");

        // the outbox delivers in the background: the public page shows it once it is in the public tree
        browser.waitFor("/public", By.cssSelector("article.disclosure"), Duration.ofSeconds(60));
        String page = browser.driver.getPageSource();
        assertFalse(page.contains(PARTY), "the party's name is masked on the public page");
        assertFalse(page.contains(ID_NUMBER), "the party's identity number is masked on the public page");
        assertTrue(page.contains("已脱敏"), "the record says it is redacted");
        browser.screenshot("08-public");
        browser.as("officer1").open(casePath);
        assertTrue(browser.text(By.id("case-disclosures")).contains("已公示"));
    }

    @Test
    @Order(4)
    void archivistArchivesAndSeals() throws IOException {
        browser.as("officer1").open(casePath);
        browser.click(By.id("start-sxCaseRecord"));
        browser.field("sxwf_procedure", "general");
        started();
        Map<String, String> by = drive(false);
        assertEquals("archivist1", by.get("archive"));
        browser.as("officer1").open(casePath);
        WebElement chain = browser.find(By.id("chain-state"));
        assertTrue(chain.getDomAttribute("class").contains("ok"), "sealed, chain intact: " + chain.getText());
        assertFalse(browser.all(By.xpath("//table[@id='case-records']//span[@class='ok']")).isEmpty(),
                "records show their seal");
        browser.screenshot("05-case");
    }

    @Test
    @Order(5)
    void accessRequestApprovedBySomeoneElse() throws IOException {
        browser.as("officer1").open(casePath);
        browser.click(By.id("start-sxAccess"));
        browser.field("sxwf_requesterKind", "party");
        browser.field("sxwf_requesterName", PARTY);
        browser.field("sxwf_requesterPartyId", PARTY);
        browser.field("sxwf_accessReason", "准备行政复议，查阅本人询问笔录及处罚决定书");
        browser.field("sxwf_periodWorkingDays", "5");
        started();
        Map<String, String> by = drive(false);
        String approver = by.get("approveAccess");
        assertTrue(approver != null && !approver.equals("officer1"), "approved by someone other than the requester: " + by);
        done.add("access approved by " + approver);
    }

    @Test
    @Order(6)
    void pagesAcrossCases() throws IOException {
        browser.as("officer1").open("/cases?q=" + java.net.URLEncoder.encode("渝人社", StandardCharsets.UTF_8));
        assertEquals(1, browser.all(By.cssSelector("#case-list tr.case-row")).size());
        browser.screenshot("04-cases");
        browser.open("/deadlines");
        assertTrue(browser.has(By.id("bucket-overdue")) && browser.has(By.id("bucket-later")));
        browser.screenshot("06-deadlines");
        browser.open("/calendar?year=2026");
        assertTrue(browser.text(By.id("notices")).contains("国务院办公厅关于2026年部分节假日安排的通知"), "the notice is cited");
        assertFalse(browser.all(By.cssSelector("td.day.holiday")).isEmpty(), "holidays (休) marked");
        assertFalse(browser.all(By.cssSelector("td.day.makeup")).isEmpty(), "make-up working days (班) marked");
        browser.screenshot("07-calendar");
        browser.open("/lang?to=en&back=/work");
        assertEquals("My work", browser.find(By.tagName("h1")).getText());
        browser.open("/lang?to=zh_CN&back=/work");
        assertEquals("我的待办", browser.find(By.tagName("h1")).getText());
    }

    @Test
    @Order(7)
    void aCaseTitledWithAScriptRunsNothing() {
        browser.as("officer1").open("/cases/new");
        browser.field("sx_caseNumber", "XSS-1");
        browser.field("sx_caseName", "<script>alert(1)</script>");
        browser.field("sx_jurisdictionProfile", "chongqing-2024");
        browser.field("sx_actionCategory", "penalty");
        browser.field("sx_enforcementUnit", "\"><img src=x onerror=alert(2)>");
        browser.click(By.id("create-case"));
        String xssCase = browser.path();
        assertTrue(browser.text(By.id("case-title")).contains("<script>alert(1)</script>"), "shown as text");
        for (String path : List.of(xssCase, "/cases", "/cases?q=%3Cscript%3E", "/work", "/deadlines")) {
            browser.open(path);
            browser.assertNoAlert();
            assertTrue(browser.all(By.xpath("//script")).isEmpty(), "no script element on " + path);
            assertTrue(browser.all(By.xpath("//img[@src='x']")).isEmpty(), "no injected element on " + path);
        }
    }

    /**
     * Completes the case's open tasks until none is left, each by the user its groups name, with the answers
     * of {@link #answer}; returns who did each task (by task key, the last one).
     */
    private Map<String, String> drive(boolean screenshots) throws IOException {
        Map<String, String> by = new LinkedHashMap<>();
        for (int i = 0; i < 80; i++) {
            browser.as("officer1").open(casePath);
            List<WebElement> tasks = browser.all(By.cssSelector("#case-tasks a[data-task-key]"));
            if (tasks.isEmpty()) {
                return by;
            }
            WebElement task = tasks.get(0);
            String key = task.getDomAttribute("data-task-key");
            String href = task.getDomAttribute("href");
            String assignee = task.getDomAttribute("data-assignee");
            String user = assignee != null && !assignee.isEmpty() ? assignee : userFor(task.getDomAttribute("data-groups"));
            browser.as(user);
            if (screenshots && by.isEmpty()) {
                browser.open("/work");
                browser.screenshot("03-my-work");
            }
            browser.open(href);
            String outcome = answer(key);
            if (screenshots && key.equals("legalReview")) {
                browser.screenshot("09-task-legal-review");
            }
            browser.click(By.id("outcome-" + outcome));
            if (browser.has(By.id("problems")) && key.equals("stageRecord")) {
                browser.open(href); // the stage's records are not all here: the stage does not apply to this case
                browser.click(By.id("outcome-notApplicable"));
            }
            assertTrue(browser.has(By.id("flash")), key + " by " + user + " was refused: " + browser.driver.getPageSource());
            by.put(key, user);
        }
        throw new AssertionError("still tasks after 80 completions: " + by);
    }

    private static String userFor(String groups) {
        for (String g : groups.split(",")) {
            if (BY_GROUP.containsKey(g)) {
                return BY_GROUP.get(g);
            }
        }
        throw new AssertionError("no demo user for " + groups);
    }

    /** Fills the open task's form as the demo's careful officer would; returns the outcome to press. */
    private String answer(String key) {
        String now = LocalDateTime.now(ZONE).truncatedTo(ChronoUnit.MINUTES).toString();
        switch (key) {
            case "assembleTransfer" -> {
                // a text field in Share's configuration: the materials the profile lists, one per line
                String allowed = browser.find(By.cssSelector("div[data-field='sxwf:transferredMaterials']"))
                        .getDomAttribute("data-allowed");
                browser.field("sxwf_transferredMaterials", List.of(allowed.split(" ")));
                browser.field("sxwf_transferPlace", "社会保险基金监督处 → 法制机构");
                browser.field("sxwf_materialsComplete", true);
                return "submit";
            }
            case "legalReview" -> {
                browser.field("sxwf_opinionText", "执法主体适格，事实清楚，证据确凿，程序合法，适用法律正确，同意。");
                List<String> all = new ArrayList<>();
                new Select(browser.find(By.id("f-sxwf_reviewItemsChecked"))).getOptions()
                        .forEach(o -> all.add(o.getDomAttribute("value")));
                browser.field("sxwf_reviewItemsChecked", all);
                return "agree";
            }
            case "respondOpinion" -> {
                return "accept";
            }
            case "collectiveDiscussion" -> {
                browser.field("sxwf_discussionDate", today().toString());
                browser.field("sxwf_participants", List.of("局长", "分管副局长", "法制机构负责人"));
                browser.field("sxwf_discussionMinutes", "经集体讨论，同意拟作出的处罚决定。");
                return "approve";
            }
            case "leaderDecision" -> {
                browser.field("sxwf_leaderOpinion", "同意法制机构审核意见，按拟定意见作出决定。");
                return "approve";
            }
            case "fileDecision" -> {
                browser.field("sxwf_decisionDocumentNumber", "渝人社罚决〔2026〕41号");
                browser.field("sxwf_decisionDate", today().toString());
                return "filed";
            }
            case "draftDisclosure" -> {
                return "submit";
            }
            case "reviewDisclosure", "approveDisclosure" -> {
                return "approve";
            }
            case "stageRecord" -> {
                return "complete";
            }
            case "avStorage" -> {
                browser.field("sxwf_storageLocation", "执法音像记录存储服务器 /av/217");
                datetime("sxwf_storedAt", now);
                return "stored";
            }
            case "emergencyCompletion" -> {
                browser.field("sxwf_emergencyNote", "补办立案审批手续");
                return "completed";
            }
            case "archive" -> {
                browser.field("sxwf_archiveReference", "WS·" + CASE_NUMBER + "·永久");
                browser.field("sxwf_archivedAt", today().toString());
                browser.field("sxwf_caseFileRetainUntil", today().plusYears(30).toString());
                return "archived";
            }
            case "approveAccess" -> {
                datetime("sxwf_grantUntil", LocalDateTime.now(ZONE).plusDays(7).truncatedTo(ChronoUnit.MINUTES).toString());
                return "approve";
            }
            case "returnAccess" -> {
                datetime("sxwf_returnedAt", now);
                browser.field("sxwf_copiesMade", "0");
                return "returned";
            }
            default -> throw new AssertionError("the journey does not expect task " + key);
        }
    }

    private void datetime(String input, String value) {
        ((org.openqa.selenium.JavascriptExecutor) browser.driver).executeScript("arguments[0].value = arguments[1]",
                browser.find(By.id("f-" + input)), value);
    }
}
