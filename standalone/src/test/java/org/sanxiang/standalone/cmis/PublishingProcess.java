package org.sanxiang.standalone.cmis;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;

import org.h2.jdbcx.JdbcDataSource;
import org.sanxiang.repo.cmis.CmisDisclosureChannel;
import org.sanxiang.repo.cmis.CmisEndpoint;
import org.sanxiang.repo.cmis.JdbcPendingPublications;
import org.sanxiang.repo.cmis.PersonalDataScreen;
import org.sanxiang.workflow.port.Publication;

/**
 * A publishing process for the kill test: publishes numbered disclosures and prints
 * {@code ACCEPTED <id>} after each publish call returned, until it is killed.
 * Arguments: url binding outboxUrl publicRoot internalRoot casePrefix count.
 */
public final class PublishingProcess {

    public static void main(String[] args) {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL(args[2]);
        CmisDisclosureChannel channel = new CmisDisclosureChannel(
                new CmisEndpoint(args[0], args[1], CmisSessions.USER, CmisSessions.PASSWORD, EmbeddedCmisServer.REPOSITORY_ID),
                args[3], args[4], new JdbcPendingPublications(ds), new PersonalDataScreen(),
                org.sanxiang.repo.cmis.PublicTreeScreen.caseFree(), Clock.systemUTC(),
                Duration.ofMillis(50), Duration.ofMillis(400));
        int count = Integer.parseInt(args[6]);
        for (int i = 0; i < count; i++) {
            String id = channel.publish(publication(args[5], i));
            System.out.println("ACCEPTED " + id);
            System.out.flush();
        }
        System.out.println("DONE");
    }

    static Publication publication(String casePrefix, int i) {
        return new Publication(casePrefix + "-" + i, "licence", "人社许〔2026〕" + i + "号", "许可事项：人力资源服务许可；编号 " + i,
                "行政许可决定书（已脱敏）第 " + i + " 号", LocalDate.of(2027, 6, 30));
    }
}
