package org.sanxiang.standalone.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;

import org.apache.chemistry.opencmis.client.api.Folder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.sanxiang.standalone.rest.ConnectedFixture;

/**
 * Connected mode in the console: a page acts in the repository as its logged-in user, through the session
 * opened at login, exactly as a REST call does (docs/architecture.md, "Who acts in the repository").
 */
class ConsoleConnectedTest {

    @RegisterExtension
    static final ConnectedFixture.PerClass fixture = new ConnectedFixture.PerClass();

    private static ConsoleClient.Page create(ConsoleClient c, String number) {
        ConsoleClient.Page form = c.get("/cases/new");
        return c.post("/cases", "_csrf", form.csrf(), "sx_caseNumber", number, "sx_caseName", "连接模式",
                "sx_jurisdictionProfile", "chongqing-2024", "sx_actionCategory", "penalty", "sx_procedure", "general",
                "sx_enforcementUnit", "单位");
    }

    private static Set<String> caseNames() {
        Set<String> names = new HashSet<>();
        ((Folder) fixture.get().admin.getObjectByPath("/sanxiang/cases")).getChildren().forEach(c -> names.add(c.getName()));
        return names;
    }

    @Test
    void aPageActsInTheRepositoryAsItsLoggedInUser() {
        ConsoleClient officer = new ConsoleClient(fixture.get().rest.consoleUrl()).login("officer1");
        ConsoleClient.Page created = create(officer, "CONNECTED-1");
        assertEquals(303, created.status(), created.body());
        String caseId = java.net.URLDecoder.decode(created.location().substring(created.location().lastIndexOf('/') + 1),
                java.nio.charset.StandardCharsets.UTF_8);
        assertEquals("officer1", ((Folder) fixture.get().admin.getObject(caseId)).getCreatedBy());

        ConsoleClient readOnly = new ConsoleClient(fixture.get().rest.consoleUrl()).login(ConnectedFixture.READ_ONLY_OFFICER);
        ConsoleClient.Page refused = create(readOnly, "CONNECTED-2");
        assertEquals(403, refused.status(), refused.body());
        assertTrue(caseNames().stream().noneMatch(n -> n.contains("CONNECTED-2")), "nothing created: " + caseNames());
    }
}
