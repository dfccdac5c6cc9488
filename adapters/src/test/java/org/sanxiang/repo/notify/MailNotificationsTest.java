package org.sanxiang.repo.notify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.sanxiang.repo.node.FakeNodes;
import org.sanxiang.repo.node.NodeCaseRepository;
import org.sanxiang.repo.node.NodeCaseRepositoryTest;
import org.sanxiang.repo.node.NodeValues;
import org.sanxiang.workflow.port.TaskNotice;

class MailNotificationsTest {

    final List<String> sent = new ArrayList<>();
    final Set<String> known = Set.of("zhangsan", "GROUP_SX_LEGAL", "GROUP_SX_LEGAL_HEADS", "GROUP_SX_HEADS");
    final Mailer mailer = new Mailer() {
        @Override
        public boolean reachable(String recipient) {
            return known.contains(recipient);
        }

        @Override
        public void send(String recipient, String subject, String body) {
            sent.add(recipient + "|" + subject + "|" + body);
        }
    };
    final FakeNodes nodes = new FakeNodes();
    final NodeCaseRepository cases = new NodeCaseRepository(nodes, new NodeValues(NodeCaseRepositoryTest.ZONE));
    final MailNotifications notifications = new MailNotifications(mailer, cases, NodeCaseRepositoryTest.ZONE, "GROUP_SX_HEADS");
    final String caseId = nodes.caseFolder("case-1", NodeCaseRepositoryTest.caseProperties());

    TaskNotice notice(String assignee, Set<String> groups) {
        return new TaskNotice(caseId, "pi", "t1", "review", "法制审核", assignee, groups, Instant.parse("2025-03-05T09:30:00Z"));
    }

    @Test
    @DisplayName("a reminder goes to the assignee, in zh_CN and en, with the due time in the bureau's zone and the case number")
    void remindAssignee() {
        notifications.remind(notice("zhangsan", Set.of("GROUP_SX_LEGAL")));
        assertEquals(1, sent.size());
        String mail = sent.get(0);
        assertTrue(mail.startsWith("zhangsan|[三项制度 Sanxiang] 任务即将到期 / Task due soon: 法制审核|"), mail);
        assertTrue(mail.contains("2025-03-05 17:30") && mail.contains("渝人社监罚〔2025〕12号"), mail);
    }

    @Test
    @DisplayName("an unclaimed task's reminder goes to its groups; an escalation to the groups' heads, else the configured heads group")
    void groupsAndHeads() {
        notifications.remind(notice(null, Set.of("GROUP_SX_LEGAL")));
        notifications.escalate(notice(null, Set.of("GROUP_SX_LEGAL")));
        notifications.escalate(notice("zhangsan", Set.of("GROUP_OTHER")));
        assertEquals(List.of("GROUP_SX_LEGAL", "GROUP_SX_LEGAL_HEADS", "GROUP_SX_HEADS"), sent.stream().map(s -> s.split("\\|")[0]).toList());
    }

    @Test
    @DisplayName("a person outside the system is not mailed and nothing fails")
    void outsider() {
        notifications.inform("某律师事务所 李律师", caseId, "借阅申请已批准", "请于期限内查阅。");
        assertTrue(sent.isEmpty());
        notifications.inform("zhangsan", caseId, "借阅申请已批准", "请于期限内查阅。");
        assertEquals(1, sent.size());
    }
}
