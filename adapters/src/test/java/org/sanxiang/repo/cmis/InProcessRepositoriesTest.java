package org.sanxiang.repo.cmis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.reflect.Proxy;
import java.util.Map;

import org.apache.chemistry.opencmis.commons.exceptions.CmisConnectionException;
import org.apache.chemistry.opencmis.commons.exceptions.CmisObjectNotFoundException;
import org.apache.chemistry.opencmis.commons.exceptions.CmisRuntimeException;
import org.apache.chemistry.opencmis.commons.server.CmisService;
import org.apache.chemistry.opencmis.commons.server.CmisServiceFactory;
import org.junit.jupiter.api.Test;

/** An in-process call fails as the same call over HTTP would. */
class InProcessRepositoriesTest {

    /** A repository whose getObject fails with {@code failure}. */
    private static CmisServiceFactory failing(RuntimeException failure) {
        CmisService service = (CmisService) Proxy.newProxyInstance(CmisService.class.getClassLoader(),
                new Class<?>[] {CmisService.class}, (proxy, method, args) -> {
                    if (method.getName().equals("getObject")) {
                        throw failure;
                    }
                    return null;
                });
        return (CmisServiceFactory) Proxy.newProxyInstance(CmisServiceFactory.class.getClassLoader(),
                new Class<?>[] {CmisServiceFactory.class}, (proxy, method, args) -> method.getName().equals("getService") ? service : null);
    }

    private static CmisService served(InProcessRepositories.Registration registration) {
        InProcessRepositories.Factory factory = new InProcessRepositories.Factory();
        factory.init(Map.of(InProcessRepositories.NAME, registration.name()));
        return factory.getService(null);
    }

    @Test
    void aRepositorysOwnFailureIsACmisRuntimeException() {
        IllegalStateException bug = new IllegalStateException("a bug in the store");
        try (InProcessRepositories.Registration r = InProcessRepositories.register(failing(bug))) {
            CmisRuntimeException e = assertThrows(CmisRuntimeException.class,
                    () -> served(r).getObject("sanxiang", "id", null, false, null, null, false, false, null));
            assertSame(bug, e.getCause());
        }
    }

    @Test
    void aCmisFailurePassesAsItIs() {
        CmisObjectNotFoundException gone = new CmisObjectNotFoundException("gone");
        try (InProcessRepositories.Registration r = InProcessRepositories.register(failing(gone))) {
            assertSame(gone, assertThrows(CmisObjectNotFoundException.class,
                    () -> served(r).getObject("sanxiang", "id", null, false, null, null, false, false, null)));
        }
    }

    @Test
    void aRepositoryNoLongerServedIsAConnectionFailure() {
        InProcessRepositories.Registration r = InProcessRepositories.register(failing(new IllegalStateException()));
        InProcessRepositories.Factory factory = new InProcessRepositories.Factory();
        factory.init(Map.of(InProcessRepositories.NAME, r.name()));
        r.close();
        assertThrows(CmisConnectionException.class, () -> factory.getService(null));
        assertEquals(CmisConnectionException.class, assertThrows(CmisConnectionException.class,
                () -> new InProcessRepositories.Factory().init(Map.of())).getClass());
    }
}
