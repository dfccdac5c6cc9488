package org.sanxiang.standalone.cmis;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.apache.chemistry.opencmis.client.api.QueryResult;
import org.apache.chemistry.opencmis.client.api.Session;
import org.apache.chemistry.opencmis.commons.PropertyIds;
import org.apache.chemistry.opencmis.commons.enums.BindingType;
import org.h2.jdbcx.JdbcDataSource;
import org.sanxiang.repo.cmis.CmisDisclosureChannel;
import org.sanxiang.repo.cmis.CmisEndpoint;
import org.sanxiang.repo.cmis.JdbcPendingPublications;
import org.sanxiang.repo.cmis.PendingPublications;
import org.sanxiang.repo.cmis.PersonalDataScreen;
import org.sanxiang.repo.cmis.PublicTreeScreen;
import org.sanxiang.repo.cmis.PublicationScreen;
import org.sanxiang.workflow.port.Publication;

/** A disclosure channel wired to the embedded server, with its own folders and an H2 file outbox. */
final class ChannelFixture {

    final EmbeddedCmisServer server;
    final BindingType binding;
    final String publicRoot;
    final String internalRoot;
    final String outboxUrl;
    private final List<JdbcPendingPublications> outboxes = new ArrayList<>();

    ChannelFixture(EmbeddedCmisServer server, BindingType binding, Path dir) {
        this.server = server;
        this.binding = binding;
        String run = UUID.randomUUID().toString().substring(0, 8);
        this.publicRoot = "/公示-" + run;
        this.internalRoot = "/内部-" + run;
        this.outboxUrl = "jdbc:h2:file:" + dir.resolve("outbox-" + run).toAbsolutePath();
    }

    CmisEndpoint endpoint() {
        return new CmisEndpoint(binding == BindingType.BROWSER ? server.browserUrl() : server.atomPubUrl(),
                binding == BindingType.BROWSER ? "browser" : "atompub", CmisSessions.USER, CmisSessions.PASSWORD,
                EmbeddedCmisServer.REPOSITORY_ID);
    }

    JdbcPendingPublications outbox() {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL(outboxUrl);
        JdbcPendingPublications outbox = new JdbcPendingPublications(ds);
        outboxes.add(outbox);
        return outbox;
    }

    /** Gives back the connection of every outbox this fixture made (a channel's close leaves its outbox open). */
    void closeOutboxes() {
        outboxes.forEach(JdbcPendingPublications::close);
    }

    CmisDisclosureChannel channel() {
        return channel(outbox(), new PersonalDataScreen());
    }

    CmisDisclosureChannel channel(PendingPublications outbox, PublicationScreen screen) {
        return channel(outbox, screen, PublicTreeScreen.caseFree());
    }

    CmisDisclosureChannel channel(PendingPublications outbox, PublicationScreen screen, PublicTreeScreen publicTree) {
        return new CmisDisclosureChannel(endpoint(), publicRoot, internalRoot, outbox, screen, publicTree, Clock.systemUTC(),
                Duration.ofMillis(50), Duration.ofMillis(400));
    }

    /** A browser-binding session without object cache, to check what the channel did (through either binding). */
    Session session() {
        Session s = CmisSessions.open(server, BindingType.BROWSER);
        s.getDefaultContext().setCacheEnabled(false);
        return s;
    }

    /** Every record (latest versions) carrying this publication id, wherever it is filed. */
    List<String> recordsNamed(String publicationId) {
        List<String> ids = new ArrayList<>();
        for (QueryResult r : session().query("SELECT cmis:objectId FROM " + org.sanxiang.model.SanxiangModel.TYPE_DISCLOSURE_RECORD.toPrefixString()
                + " WHERE cmis:name = '"
                + publicationId + ".txt'", false)) {
            ids.add(r.getPropertyValueById(PropertyIds.OBJECT_ID));
        }
        return ids;
    }

    /** A clean publication; the case id is made unique to this fixture (the key is repository-wide). */
    Publication publication(String caseId, String title) {
        return new Publication(caseId + "@" + publicRoot, "penalty", title, "当事人：某公司；案由：未按规定缴纳社会保险费；处罚：罚款五千元。",
                "行政处罚决定书（已脱敏）\n当事人：某公司\n依据《社会保险法》第八十六条，决定罚款五千元。",
                LocalDate.of(2027, 12, 31));
    }
}
