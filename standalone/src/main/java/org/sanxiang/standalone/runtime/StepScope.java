package org.sanxiang.standalone.runtime;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;

import org.sanxiang.repo.cmis.CmisCaseRepository;
import org.sanxiang.repo.step.Steps;

/**
 * Each operation of the service as one step (docs/architecture.md, "Exactly once" and "The step's reads"):
 * within it an object is read from CMIS at most once (the delegates, the journal's before-values, the
 * deadline projection after commit and the answer share it), a write makes the next read go to the
 * repository again, and every write is journaled by the step it runs in ({@link Steps#operation}). When
 * the operation takes a case another step wrote to since it began, its reads are dropped. Its engine reads (a task,
 * its case) are kept for the operation by {@link OperationReads}, so that the guard's checks and the work share them.
 */
final class StepScope {

    private StepScope() {
    }

    static SanxiangService around(SanxiangService service, CmisCaseRepository cmis, Steps steps, OperationReads reads) {
        return (SanxiangService) Proxy.newProxyInstance(SanxiangService.class.getClassLoader(),
                new Class<?>[] {SanxiangService.class}, (proxy, method, args) -> {
                    if (method.getDeclaringClass() == Object.class) {
                        return method.invoke(service, args);
                    }
                    try {
                        return reads.within(() -> steps.operation(body -> () -> cmis.inStep(body), () -> {
                            try {
                                return method.invoke(service, args);
                            } catch (InvocationTargetException e) {
                                throw new Thrown(e.getCause());
                            } catch (IllegalAccessException e) {
                                throw new IllegalStateException(e);
                            }
                        }));
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
