package org.sanxiang.standalone.cmis;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReadWriteLock;

import org.apache.chemistry.opencmis.commons.server.CmisService;

/**
 * The InMemory repository's calls, its writes excluded against its reads. Its stored objects keep their properties in
 * plain hash maps that an update rebuilds in place, so a request reading an object while another updated it failed
 * with a {@link java.util.ConcurrentModificationException} (a 500 to the reader). Reads share the lock; a write holds
 * it alone, only while the store works (a content stream is already read off the request by then).
 */
final class StoreLocking {

    private StoreLocking() {
    }

    /** The service, each of its repository calls under the lock: reads shared, writes alone. */
    static CmisService around(CmisService service, ReadWriteLock lock) {
        Set<Class<?>> interfaces = new LinkedHashSet<>();
        for (Class<?> c = service.getClass(); c != null; c = c.getSuperclass()) {
            interfaces.addAll(Arrays.asList(c.getInterfaces()));
        }
        return (CmisService) Proxy.newProxyInstance(StoreLocking.class.getClassLoader(), interfaces.toArray(Class<?>[]::new),
                (proxy, method, args) -> {
                    Lock held = lockFor(method.getName(), lock);
                    if (held != null) {
                        held.lock();
                    }
                    try {
                        return method.invoke(service, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    } finally {
                        if (held != null) {
                            held.unlock();
                        }
                    }
                });
    }

    /** Reads: get…, query; writes: every call that changes objects; none for the call context and close. */
    static Lock lockFor(String method, ReadWriteLock lock) {
        if (method.equals("setCallContext") || method.equals("getCallContext") || method.equals("close")) {
            return null;
        }
        return method.startsWith("get") || method.equals("query") ? lock.readLock() : lock.writeLock();
    }
}
