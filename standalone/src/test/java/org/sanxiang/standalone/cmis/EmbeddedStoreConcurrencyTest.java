package org.sanxiang.standalone.cmis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.chemistry.opencmis.commons.PropertyIds;
import org.apache.chemistry.opencmis.commons.data.PropertyData;
import org.apache.chemistry.opencmis.commons.enums.IncludeRelationships;
import org.apache.chemistry.opencmis.commons.impl.dataobjects.BindingsObjectFactoryImpl;
import org.apache.chemistry.opencmis.commons.server.CmisService;
import org.apache.chemistry.opencmis.commons.spi.BindingsObjectFactory;
import org.apache.chemistry.opencmis.commons.spi.Holder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sanxiang.model.SanxiangModel;

/**
 * Reads of a folder while another request gives it its first values of some properties: each read answers. The
 * InMemory store changed an object's property map in place, and a read at that moment failed with a
 * ConcurrentModificationException (a 500 over HTTP). In-process, through the server's services, so that reads and
 * writes overlap densely.
 */
class EmbeddedStoreConcurrencyTest {

    private static final int ROUNDS = 3000;
    private static final BindingsObjectFactory DATA = new BindingsObjectFactoryImpl();
    private static EmbeddedCmisServer server;

    @BeforeAll
    static void start() {
        // model enforcement off: a bare case folder
        server = new EmbeddedCmisServer(0, CmisSessions.USERS, ModelEnforcement.OFF);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void readsOfAFolderBeingUpdatedAllAnswer() throws Exception {
        CmisService writer = server.localService(CmisSessions.USER);
        String root = writer.getRepositoryInfo(EmbeddedCmisServer.REPOSITORY_ID, null).getRootFolderId();
        AtomicReference<String> current = new AtomicReference<>(folder(writer, root));
        AtomicBoolean done = new AtomicBoolean();
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<Future<?>> work = new ArrayList<>();
            work.add(pool.submit(() -> {
                try {
                    for (int i = 0; i < ROUNDS; i++) {
                        String folder = folder(writer, root);
                        current.set(folder);
                        List<PropertyData<?>> first = List.of(
                                DATA.createPropertyDateTimeData(SanxiangModel.PROP_NEXT_DEADLINE.toPrefixString(), new GregorianCalendar()),
                                DATA.createPropertyStringData(SanxiangModel.PROP_NEXT_DEADLINE_KIND.toPrefixString(), "legalReview"));
                        writer.updateProperties(EmbeddedCmisServer.REPOSITORY_ID, new Holder<>(folder), null,
                                DATA.createPropertiesData(first), null);
                    }
                } finally {
                    done.set(true);
                }
                return null;
            }));
            for (int r = 0; r < 2; r++) {
                work.add(pool.submit(() -> {
                    CmisService reader = server.localService(CmisSessions.USER);
                    while (!done.get()) {
                        reader.getObject(EmbeddedCmisServer.REPOSITORY_ID, current.get(), null, false, IncludeRelationships.NONE,
                                "cmis:none", false, false, null);
                    }
                    return null;
                }));
            }
            List<String> failures = new ArrayList<>();
            for (Future<?> f : work) {
                try {
                    f.get();
                } catch (java.util.concurrent.ExecutionException e) {
                    failures.add(e.getCause().toString());
                }
            }
            assertEquals(List.of(), failures);
        } finally {
            pool.shutdownNow();
        }
    }

    private static String folder(CmisService service, String parent) {
        return service.createFolder(EmbeddedCmisServer.REPOSITORY_ID, DATA.createPropertiesData(List.of(
                DATA.createPropertyIdData(PropertyIds.OBJECT_TYPE_ID, "F:" + SanxiangModel.TYPE_CASE_FOLDER.toPrefixString()),
                DATA.createPropertyStringData(PropertyIds.NAME, "busy-" + System.nanoTime()))), parent, null, null, null, null);
    }
}
