package org.sanxiang.standalone.demo;

import java.io.PrintStream;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.sanxiang.standalone.runtime.Views;

/** Prints a case's timeline for people: stages in order, decisions, disclosures, deadlines, the chain. */
final class TimelinePrinter {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.of("Asia/Shanghai"));

    private TimelinePrinter() {
    }

    static void print(PrintStream out, DemoCase demoCase, Views.Timeline t) {
        Views.CaseView folder = t.caseFolder();
        out.println();
        out.println("== " + folder.caseNumber() + " 「" + folder.title() + "」 " + folder.profile() + " — " + demoCase.summaryEn());
        out.println("   state 状态: " + folder.state() + "; aspects: " + folder.aspects());
        out.println("   stages 环节:");
        for (Views.Stage s : t.stages()) {
            out.printf("     %s  %-14s %-34s %s%s%n", time(s.startedAt()), s.processKey(), s.name() == null ? s.activity() : s.name(),
                    s.outcome() == null ? "" : "→ " + s.outcome(), s.by() == null ? "" : " (" + s.by() + ")");
        }
        if (!t.decisions().isEmpty()) {
            out.println("   decisions 决定:");
            t.decisions().forEach(d -> out.printf("     %-14s %s = %s%n", d.processKey(), d.name(), d.value()));
        }
        if (!t.disclosures().isEmpty()) {
            out.println("   disclosure 公示:");
            t.disclosures().forEach(d -> out.printf("     %s %s (pending %d)%n", d.state(),
                    d.publicationId() == null ? "" : d.publicationId(), d.pendingRequests()));
        }
        if (!t.deadlines().isEmpty()) {
            out.println("   open deadlines 未完成期限:");
            t.deadlines().forEach(d -> out.printf("     %s %s %s%s%n", time(d.dueAt()), d.taskName(), d.status(),
                    d.provisional() ? " (provisional)" : ""));
        }
        out.println("   records 记录: " + t.records().size());
        Views.ChainView chain = t.chain();
        if (chain != null) {
            out.println("   chain 哈希链: " + (chain.sealed() ? (Boolean.TRUE.equals(chain.intact()) ? "intact 完整" : "BROKEN 断裂 at "
                    + chain.brokenRecordId()) : "not sealed yet 未封存") + (chain.detail() == null ? "" : " — " + chain.detail()));
        }
    }

    private static String time(Instant instant) {
        return instant == null ? "                   " : TIME.format(instant);
    }
}
