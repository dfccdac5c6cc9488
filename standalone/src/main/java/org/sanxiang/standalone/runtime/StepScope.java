package org.sanxiang.standalone.runtime;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;

import org.sanxiang.repo.cmis.CmisCaseRepository;

/**
 * Each operation of the service as one step of the case repository: within it an object is read from
 * CMIS at most once (the delegates, the deadline projection after commit and the answer share it), and
 * a write makes the next read go to the repository again.
 */
final class StepScope {

    private StepScope() {
    }

    static SanxiangService around(SanxiangService service, CmisCaseRepository cmis) {
        return (SanxiangService) Proxy.newProxyInstance(SanxiangService.class.getClassLoader(),
                new Class<?>[] {SanxiangService.class}, (proxy, method, args) -> {
                    if (method.getDeclaringClass() == Object.class) {
                        return method.invoke(service, args);
                    }
                    try {
                        return cmis.inStep(() -> {
                            try {
                                return method.invoke(service, args);
                            } catch (InvocationTargetException e) {
                                throw new Thrown(e.getCause());
                            } catch (IllegalAccessException e) {
                                throw new IllegalStateException(e);
                            }
                        });
                    } catch (Thrown t) {
                        throw t.getCause();
                    }
                });
    }

    /** Carries what the operation threw through the step. */
    private static final class Thrown extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Thrown(Throwable cause) {
            super(cause);
        }
    }
}
