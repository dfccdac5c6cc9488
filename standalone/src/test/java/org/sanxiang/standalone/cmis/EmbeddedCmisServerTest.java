package org.sanxiang.standalone.cmis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import org.apache.chemistry.opencmis.client.api.Document;
import org.apache.chemistry.opencmis.client.api.Session;
import org.apache.chemistry.opencmis.client.runtime.SessionFactoryImpl;
import org.apache.chemistry.opencmis.commons.PropertyIds;
import org.apache.chemistry.opencmis.commons.enums.BindingType;
import org.apache.chemistry.opencmis.commons.enums.VersioningState;
import org.apache.chemistry.opencmis.commons.exceptions.CmisConnectionException;
import org.apache.chemistry.opencmis.commons.exceptions.CmisUnauthorizedException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.sanxiang.model.SanxiangModel;

class EmbeddedCmisServerTest extends EmbeddedServerTest {

    @ParameterizedTest
    @EnumSource(value = BindingType.class, names = {"BROWSER", "ATOMPUB"})
    @DisplayName("serves CMIS 1.1 on 127.0.0.1 with the sx types under Alfresco's ids, versionable disclosure records")
    void servesSxTypes(BindingType binding) {
        Session session = CmisSessions.open(server, binding);
        assertEquals("1.1", session.getRepositoryInfo().getCmisVersion().value());
        assertTrue(server.browserUrl().startsWith("http://127.0.0.1:"));
        String disclosure = "D:" + SanxiangModel.TYPE_DISCLOSURE_RECORD.toPrefixString();
        var type = (org.apache.chemistry.opencmis.client.api.DocumentType) session.getTypeDefinition(disclosure);
        assertTrue(type.isVersionable(), disclosure + " must be versionable");
        assertTrue(type.getPropertyDefinitions().containsKey(SanxiangModel.PROP_WITHDRAWAL_REASON.toPrefixString()));
        assertEquals("F:sx:caseFolder", session.getTypeDefinition("F:" + SanxiangModel.TYPE_CASE_FOLDER.toPrefixString()).getId());
    }

    @ParameterizedTest
    @EnumSource(value = BindingType.class, names = {"BROWSER", "ATOMPUB"})
    @DisplayName("a wrong password is refused with 401")
    void wrongPasswordRefused(BindingType binding) {
        Map<String, String> p = CmisSessions.parameters(server, binding, CmisSessions.USER, "wrong");
        assertThrows(CmisUnauthorizedException.class, () -> SessionFactoryImpl.newInstance().createSession(p));
    }

    @ParameterizedTest
    @EnumSource(value = BindingType.class, names = {"BROWSER", "ATOMPUB"})
    @DisplayName("stop closes HTTP, start brings the same repository back on the same port")
    void stopAndStartKeepsContent(BindingType binding) {
        Session session = CmisSessions.open(server, binding);
        Map<String, Object> props = new HashMap<>();
        props.put(PropertyIds.OBJECT_TYPE_ID, "cmis:document");
        props.put(PropertyIds.NAME, "survives-" + binding + ".txt");
        byte[] bytes = "内容".getBytes(StandardCharsets.UTF_8);
        var content = session.getObjectFactory().createContentStream("x.txt", bytes.length, "text/plain",
                new ByteArrayInputStream(bytes));
        var id = session.getRootFolder().createDocument(props, content, VersioningState.NONE).getId();
        int port = server.port();

        server.stop();
        assertThrows(CmisConnectionException.class, () -> CmisSessions.open(server, binding));
        server.start();

        assertEquals(port, server.port());
        Document again = (Document) CmisSessions.open(server, binding).getObject(id);
        assertEquals(BigInteger.valueOf(bytes.length).longValue(), again.getContentStreamLength());
    }
}
