package org.sanxiang.workflow.engine;

import java.lang.reflect.Constructor;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.ibatis.reflection.factory.DefaultObjectFactory;

/**
 * MyBatis's object factory for the engine's result rows, each class's no-argument constructor made accessible once.
 * Activiti's variable entities ({@code VariableInstanceEntity}, {@code HistoricVariableInstanceEntity},
 * {@code ByteArrayEntity}, ...) have protected constructors, and MyBatis's own factory first calls such a constructor
 * as it is, fails with an {@link IllegalAccessException}, stack trace and all, then makes it accessible for that one
 * call: for every variable row the engine reads.
 */
final class AccessibleObjectFactory extends DefaultObjectFactory {

    private static final long serialVersionUID = 1L;

    private final transient Map<Class<?>, Optional<Constructor<?>>> constructors = new ConcurrentHashMap<>();

    @Override
    public <T> T create(Class<T> type) {
        Optional<Constructor<?>> constructor = constructors.computeIfAbsent(type, AccessibleObjectFactory::accessible);
        if (constructor.isPresent()) {
            try {
                return type.cast(constructor.get().newInstance());
            } catch (ReflectiveOperationException | RuntimeException e) {
                // as MyBatis would have it: its own factory says what failed
            }
        }
        return super.create(type); // interfaces (List, Map, ...) and anything not made here
    }

    private static Optional<Constructor<?>> accessible(Class<?> type) {
        if (type.isInterface() || java.lang.reflect.Modifier.isAbstract(type.getModifiers())) {
            return Optional.empty();
        }
        try {
            Constructor<?> constructor = type.getDeclaredConstructor();
            constructor.setAccessible(true);
            return Optional.of(constructor);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
