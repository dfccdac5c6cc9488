package org.sanxiang.standalone.cmis;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.GregorianCalendar;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.chemistry.opencmis.client.api.ObjectId;
import org.apache.chemistry.opencmis.client.api.Session;
import org.apache.chemistry.opencmis.commons.PropertyIds;
import org.apache.chemistry.opencmis.commons.enums.BindingType;
import org.apache.chemistry.opencmis.commons.enums.VersioningState;
import org.h2.jdbcx.JdbcConnectionPool;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.sanxiang.model.SanxiangModel;
import org.sanxiang.repo.cmis.CmisDisclosureChannel;
import org.sanxiang.repo.cmis.CmisEndpoint;
import org.sanxiang.repo.cmis.JdbcPendingPublications;
import org.sanxiang.repo.cmis.PendingRequest;
import org.sanxiang.repo.cmis.PersonalDataScreen;
import org.sanxiang.workflow.port.Publication;

/**
 * Disclosure records published per second through the channel (personal-data screen, outbox insert,
 * create, outbox update) over the browser binding, against bare OpenCMIS createDocument calls carrying the same
 * properties and content, to the same embedded server.
 *
 * <p>mvn -B -ntp -pl standalone -am -Pbench-cmis test-compile exec:exec -Dbench=CmisPublishBenchmark
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 10)
@State(Scope.Benchmark)
public class CmisPublishBenchmark {

    private static final String SUMMARY = "当事人：某公司；案由：未按规定缴纳社会保险费；依据：《社会保险法》第八十六条；处罚：罚款五千元。";
    private static final String TEXT = "行政处罚决定书（已脱敏）\n" + "当事人某公司未按规定为职工缴纳社会保险费，经责令限期缴纳逾期仍不缴纳。".repeat(40);

    private EmbeddedCmisServer server;
    private Path dir;
    private CmisDisclosureChannel channel;
    private JdbcPendingPublications outbox;
    private Session bare;
    private ObjectId bareFolder;
    private final AtomicLong counter = new AtomicLong();

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        server = new EmbeddedCmisServer(0, CmisSessions.USERS).start();
        dir = Files.createTempDirectory("sx-cmis-bench");
        // a pooled DataSource, as the standalone runtime (or Alfresco's own) would give the outbox
        JdbcConnectionPool ds = JdbcConnectionPool.create("jdbc:h2:file:" + dir.resolve("outbox").toAbsolutePath(), "sa", "");
        channel = new CmisDisclosureChannel(new CmisEndpoint(server.browserUrl(), "browser", CmisSessions.USER,
                CmisSessions.PASSWORD, EmbeddedCmisServer.REPOSITORY_ID), "/公示", "/内部", outbox = new JdbcPendingPublications(ds),
                new PersonalDataScreen(), org.sanxiang.repo.cmis.PublicTreeScreen.caseFree(), Clock.systemUTC(), Duration.ofSeconds(1), Duration.ofMinutes(1));
        bare = CmisSessions.open(server, BindingType.BROWSER);
        bareFolder = bare.getRootFolder().createFolder(Map.of(PropertyIds.OBJECT_TYPE_ID, "cmis:folder",
                PropertyIds.NAME, "bare"));
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        channel.close();
        server.close();
    }

    @Benchmark
    public String publish() {
        long n = counter.incrementAndGet();
        return channel.publish(new Publication("case-" + n, "penalty", "人社监罚〔2026〕" + n + "号", SUMMARY, TEXT,
                LocalDate.of(2027, 12, 31)));
    }

    /** The outbox's share of a publish (what the channel adds to a create), without the repository: one insert, one update. */
    @Benchmark
    public long outboxRoundTrip() {
        long n = counter.incrementAndGet();
        String id = "sxpub-outbox-" + n;
        PendingRequest r = outbox.add(PendingRequest.accept(id, PendingRequest.Operation.PUBLISH,
                new Publication("case-" + n, "penalty", "t" + n, SUMMARY, TEXT, null), null, java.time.Instant.now()))
                .orElseThrow();
        outbox.done(r.seq());
        return r.seq();
    }

    @Benchmark
    public ObjectId bareCreateDocument() {
        return bareCreate(counter.incrementAndGet(), false);
    }

    /**
     * A second baseline: bare createDocument with every property publish sets (also
     * {@code sx:publishedAt}, {@code sx:displayUntil}, {@code sx:disclosureChannels}) and the same
     * content file name, to tell the channel's own cost from the cost of the larger record.
     */
    @Benchmark
    public ObjectId bareCreateDocumentAllProperties() {
        return bareCreate(counter.incrementAndGet(), true);
    }

    private ObjectId bareCreate(long n, boolean allProperties) {
        Map<String, Object> props = new HashMap<>();
        props.put(PropertyIds.OBJECT_TYPE_ID, "D:" + SanxiangModel.TYPE_DISCLOSURE_RECORD.toPrefixString());
        props.put(PropertyIds.NAME, "sxpub-bare-" + n + ".txt");
        props.put(PropertyIds.DESCRIPTION, SUMMARY);
        props.put(SanxiangModel.PROP_DISCLOSURE_STATE.toPrefixString(), "published");
        props.put(SanxiangModel.PROP_DISCLOSURE_FORM.toPrefixString(), "fullDocument");
        props.put(SanxiangModel.PROP_DISCLOSED_CASE_NAME.toPrefixString(), "人社监罚〔2026〕" + n + "号");
        props.put(SanxiangModel.PROP_DISCLOSED_CATEGORY.toPrefixString(), "penalty");
        props.put(SanxiangModel.PROP_REDACTED.toPrefixString(), true);
        String fileName = "t.txt";
        if (allProperties) {
            props.put(SanxiangModel.PROP_PUBLISHED_AT.toPrefixString(), new GregorianCalendar());
            props.put(SanxiangModel.PROP_DISPLAY_UNTIL.toPrefixString(), GregorianCalendar.from(
                    LocalDate.of(2027, 12, 31).atStartOfDay(ZoneId.of("Asia/Shanghai"))));
            props.put(SanxiangModel.PROP_DISCLOSURE_CHANNELS.toPrefixString(), List.of("cmis"));
            fileName = "人社监罚〔2026〕" + n + "号.txt";
        }
        byte[] bytes = TEXT.getBytes(StandardCharsets.UTF_8);
        return bare.createDocument(props, bareFolder, bare.getObjectFactory().createContentStream(fileName, bytes.length,
                "text/plain; charset=UTF-8", new ByteArrayInputStream(bytes)), VersioningState.MAJOR);
    }
}
