package org.sanxiang.repo.cmis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sanxiang.workflow.port.CaseFolder;
import org.sanxiang.workflow.port.DisclosureChannel;
import org.sanxiang.workflow.port.Publication;
import org.sanxiang.workflow.port.memory.InMemoryCases;

class DisclosureChannelsTest {

    @TempDir
    Path dir;

    JdbcDataSource dataSource() {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:file:" + dir.resolve("outbox").toAbsolutePath());
        return ds;
    }

    InMemoryCases cases() {
        InMemoryCases cases = new InMemoryCases();
        cases.addCase(new CaseFolder("case-1", "chongqing-2024", "渝人社监罚〔2025〕12号", "某公司拖欠工资案", java.util.Set.of(), false, Map.of()));
        return cases;
    }

    @Test
    @DisplayName("with no CMIS URL the channel is off: requests are screened and wait in the outbox for the CMIS channel")
    void offWaitsInOutbox() {
        JdbcDataSource ds = dataSource();
        DisclosureChannel off = DisclosureChannels.configured("", "browser", "", "", "/gongshi", new JdbcPendingPublications(ds), cases());
        Publication p = new Publication("case-1", "administrative-penalty", "行政处罚决定", "摘要", null, LocalDate.of(2025, 12, 31));
        String id = off.publish(p);
        assertEquals(id, off.publish(p), "a second publish of the same disclosure is the same request");
        assertEquals(Optional.of(DisclosureChannel.State.PUBLISHED), off.state(id));
        off.withdraw(id, "决定已撤销");
        assertEquals(Optional.of(DisclosureChannel.State.WITHDRAWN), off.state(id));
        assertEquals(2, new JdbcPendingPublications(ds).all().size(), "both wait for delivery");
        assertThrows(IllegalArgumentException.class, () -> off.takeDown("sxpub-unknown"));
        assertThrows(IllegalArgumentException.class, () -> off.withdraw(id, " "));
        Publication leaking = new Publication("case-1", "administrative-penalty", "行政处罚决定", "身份证号 110101199003074514", null, null);
        assertThrows(RefusedPublicationException.class, () -> off.publish(leaking), "the screen applies while the channel is off");
    }

    @Test
    @DisplayName("with a URL it is the CMIS channel, which inside Alfresco leaves retrying to the cluster-locked job")
    void configuredIsCmis() {
        DisclosureChannel on = DisclosureChannels.configured("http://127.0.0.1:9/cmis", "browser", "u", "p", "/gongshi", new JdbcPendingPublications(dataSource()), cases());
        try {
            assertInstanceOf(CmisDisclosureChannel.class, on);
            assertFalse(((CmisDisclosureChannel) on).retriesByItself(), "no retry thread of its own inside Alfresco");
        } finally {
            ((CmisDisclosureChannel) on).close();
        }
    }
}
