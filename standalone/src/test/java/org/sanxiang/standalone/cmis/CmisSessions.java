package org.sanxiang.standalone.cmis;

import java.util.HashMap;
import java.util.Map;

import org.apache.chemistry.opencmis.client.api.Session;
import org.apache.chemistry.opencmis.client.runtime.SessionFactoryImpl;
import org.apache.chemistry.opencmis.commons.SessionParameter;
import org.apache.chemistry.opencmis.commons.enums.BindingType;

/** OpenCMIS client sessions to the embedded server, by binding. */
final class CmisSessions {

    static final String USER = "admin";
    static final String PASSWORD = "admin-secret";
    static final Map<String, String> USERS = Map.of(USER, PASSWORD, "clerk", "clerk-secret");

    private CmisSessions() {
    }

    static Map<String, String> parameters(EmbeddedCmisServer server, BindingType binding, String user, String password) {
        Map<String, String> p = new HashMap<>();
        p.put(SessionParameter.USER, user);
        p.put(SessionParameter.PASSWORD, password);
        p.put(SessionParameter.REPOSITORY_ID, EmbeddedCmisServer.REPOSITORY_ID);
        p.put(SessionParameter.BINDING_TYPE, binding.value());
        if (binding == BindingType.BROWSER) {
            p.put(SessionParameter.BROWSER_URL, server.browserUrl());
        } else {
            p.put(SessionParameter.ATOMPUB_URL, server.atomPubUrl());
        }
        return p;
    }

    static Session open(EmbeddedCmisServer server, BindingType binding) {
        return SessionFactoryImpl.newInstance().createSession(parameters(server, binding, USER, PASSWORD));
    }
}
