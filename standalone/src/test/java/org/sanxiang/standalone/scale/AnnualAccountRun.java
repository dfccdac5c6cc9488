package org.sanxiang.standalone.scale;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.time.Year;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

import org.apache.chemistry.opencmis.client.api.Session;
import org.apache.chemistry.opencmis.client.runtime.SessionFactoryImpl;
import org.apache.chemistry.opencmis.commons.SessionParameter;
import org.apache.chemistry.opencmis.commons.enums.BindingType;
import org.sanxiang.repo.report.CmisAnnualData;
import org.sanxiang.rules.calendar.HolidayCalendar;
import org.sanxiang.rules.profile.ProfileRegistry;
import org.sanxiang.rules.report.AnnualAccount;
import org.sanxiang.rules.report.Figure;
import org.sanxiang.standalone.cmis.EmbeddedCmisServer;

import com.sun.management.GarbageCollectionNotificationInfo;

/**
 * One computation of the annual account over CMIS HTTP, in a JVM of its own so that its heap is the
 * client's alone (the repository lives in the scale run's JVM): prints the wall time of
 * {@code CmisAnnualData.feed} and {@code figures()}, the heap in use after every collection during it
 * (the most of it, and the most after a full collection, less what was in use after a full collection
 * before it started), and the figures. Started by {@link AnnualAccountScaleRun}.
 *
 * <pre>java -Xmx64m -XX:+UseSerialGC -cp ... org.sanxiang.standalone.scale.AnnualAccountRun browserUrl year pageSize</pre>
 */
public final class AnnualAccountRun {

    public static void main(String[] args) throws Exception {
        String url = args[0];
        int year = Integer.parseInt(args[1]);
        int pageSize = Integer.parseInt(args[2]);
        Map<String, String> p = new HashMap<>();
        p.put(SessionParameter.USER, "admin");
        p.put(SessionParameter.PASSWORD, "admin-secret");
        p.put(SessionParameter.REPOSITORY_ID, EmbeddedCmisServer.REPOSITORY_ID);
        p.put(SessionParameter.BINDING_TYPE, BindingType.BROWSER.value());
        p.put(SessionParameter.BROWSER_URL, url);
        Session session = SessionFactoryImpl.newInstance().createSession(p);
        CmisAnnualData data = new CmisAnnualData(session, "/" + AnnualYearGenerator.CASES, "/" + AnnualYearGenerator.PUBLIC,
                "/" + AnnualYearGenerator.INTERNAL, ProfileRegistry.shipped(), HolidayCalendar.shipped(),
                AnnualYearGenerator.ZONE, pageSize);

        Set<String> heap = ManagementFactory.getMemoryPoolMXBeans().stream().filter(b -> b.getType() == MemoryType.HEAP)
                .map(MemoryPoolMXBean::getName).collect(Collectors.toSet());
        AtomicLong peakAfterGc = new AtomicLong();
        AtomicLong peakAfterFullGc = new AtomicLong();
        AtomicLong collections = new AtomicLong();
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            ((NotificationEmitter) gc).addNotificationListener((n, h) -> {
                if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) {
                    return;
                }
                GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
                long used = info.getGcInfo().getMemoryUsageAfterGc().entrySet().stream()
                        .filter(e -> heap.contains(e.getKey())).mapToLong(e -> e.getValue().getUsed()).sum();
                collections.incrementAndGet();
                peakAfterGc.accumulateAndGet(used, Math::max);
                if (info.getGcAction().contains("major")) {
                    peakAfterFullGc.accumulateAndGet(used, Math::max);
                }
            }, null, null);
        }
        System.gc();
        Thread.sleep(200);
        long before = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        peakAfterGc.set(0);
        peakAfterFullGc.set(0);
        collections.set(0);

        long start = System.nanoTime();
        var figures = data.feed(new AnnualAccount(Year.of(year))).figures();
        long ms = (System.nanoTime() - start) / 1_000_000;
        Thread.sleep(200); // the last notifications arrive on their own thread
        MemoryUsage max = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        System.out.println("ms=" + ms + " baselineKb=" + before / 1024 + " peakAfterGcKb=" + peakAfterGc.get() / 1024
                + " peakAfterFullGcKb=" + peakAfterFullGc.get() / 1024 + " collections=" + collections.get()
                + " maxHeapKb=" + max.getMax() / 1024);
        for (Figure f : figures) {
            if (f.value() != 0) {
                System.out.println("figure " + f.code() + "=" + f.value());
            }
        }
    }
}
