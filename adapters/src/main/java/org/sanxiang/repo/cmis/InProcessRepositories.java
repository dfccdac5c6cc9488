package org.sanxiang.repo.cmis;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.chemistry.opencmis.commons.exceptions.CmisBaseException;
import org.apache.chemistry.opencmis.commons.exceptions.CmisConnectionException;
import org.apache.chemistry.opencmis.commons.exceptions.CmisRuntimeException;
import org.apache.chemistry.opencmis.commons.server.CallContext;
import org.apache.chemistry.opencmis.commons.server.CmisService;
import org.apache.chemistry.opencmis.commons.server.CmisServiceFactory;

/**
 * CMIS repositories served in this JVM, reached through OpenCMIS's local binding: the same services and checks as
 * over HTTP, without a request, a JSON document and its parsing on each side per call. The standalone runtime reaches
 * its embedded repository so ({@link CmisEndpoint} with binding {@code local}); people and integrators still reach it
 * over HTTP.
 *
 * <p>OpenCMIS's local binding makes its own instance of the factory class it is given ({@link Factory}), which hands
 * every call to the factory registered under the session's {@link #NAME}.
 */
public final class InProcessRepositories {

    /** The session parameter naming the registered repository. */
    public static final String NAME = "org.sanxiang.cmis.inprocess.name";

    private static final Map<String, CmisServiceFactory> SERVED = new ConcurrentHashMap<>();

    private InProcessRepositories() {
    }

    /** Serves {@code factory} in this JVM until the returned registration is closed; its name is for {@link CmisEndpoint}. */
    public static Registration register(CmisServiceFactory factory) {
        String name = "inprocess-" + UUID.randomUUID();
        SERVED.put(name, Objects.requireNonNull(factory, "factory"));
        return new Registration(name);
    }

    /** A repository served in this JVM. */
    public static final class Registration implements AutoCloseable {
        private final String name;

        private Registration(String name) {
            this.name = name;
        }

        public String name() {
            return name;
        }

        /** Stops serving: sessions opened on it fail from their next call with a connection exception. */
        @Override
        public void close() {
            SERVED.remove(name);
        }
    }

    /**
     * What OpenCMIS's local binding instantiates: each call goes to the registered factory, and fails as it would
     * over HTTP — a repository's own failure is a {@link CmisRuntimeException} (the HTTP bindings answer it with a 500),
     * a repository no longer served a {@link CmisConnectionException}.
     */
    public static final class Factory implements CmisServiceFactory {
        private String name;

        @Override
        public void init(Map<String, String> parameters) {
            name = parameters.get(NAME);
            if (name == null) {
                throw new CmisConnectionException(NAME + ": no in-process repository named");
            }
        }

        @Override
        public void destroy() {
            // the registered factory belongs to whoever registered it
        }

        @Override
        public CmisService getService(CallContext context) {
            return failingAsOverHttp(served().getService(context));
        }

        private CmisServiceFactory served() {
            CmisServiceFactory served = SERVED.get(name);
            if (served == null) {
                throw new CmisConnectionException("the in-process repository " + name + " is no longer served");
            }
            return served;
        }

        @Override
        public java.io.File getTempDirectory() {
            return served().getTempDirectory();
        }

        @Override
        public boolean encryptTempFiles() {
            return served().encryptTempFiles();
        }

        @Override
        public int getMemoryThreshold() {
            return served().getMemoryThreshold();
        }

        @Override
        public long getMaxContentSize() {
            return served().getMaxContentSize();
        }

        @Override
        public org.apache.chemistry.opencmis.commons.server.TempStoreOutputStream getTempFileOutputStream(String repositoryId) {
            return served().getTempFileOutputStream(repositoryId);
        }
    }

    private static CmisService failingAsOverHttp(CmisService service) {
        return (CmisService) Proxy.newProxyInstance(InProcessRepositories.class.getClassLoader(),
                new Class<?>[] {CmisService.class}, (proxy, method, args) -> {
                    try {
                        return method.invoke(service, args);
                    } catch (InvocationTargetException e) {
                        Throwable cause = e.getCause();
                        if (cause instanceof CmisBaseException || cause instanceof Error) {
                            throw cause;
                        }
                        throw new CmisRuntimeException(String.valueOf(cause.getMessage()), cause);
                    }
                });
    }
}
