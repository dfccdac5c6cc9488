package org.sanxiang.standalone.cmis;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.apache.chemistry.opencmis.commons.definitions.PropertyDefinition;
import org.apache.chemistry.opencmis.commons.definitions.TypeDefinitionContainer;
import org.apache.chemistry.opencmis.commons.server.CallContext;
import org.apache.chemistry.opencmis.commons.server.CmisService;
import org.apache.chemistry.opencmis.inmemory.server.InMemoryServiceFactoryImpl;
import org.apache.chemistry.opencmis.server.support.TypeManager;
import org.sanxiang.model.cmis.CmisModelConformance;
import org.sanxiang.model.cmis.CmisTypeDefinitions;

/**
 * The InMemory service factory with the sx model's rules on top ({@link SanxiangCmisService}), and the
 * model's overridden defaults put back after the InMemory type manager copied the parents' definitions
 * over them (it overwrites a subtype's {@code sx:stage} with {@code D:sx:stageRecord}'s, which has none).
 */
final class SanxiangCmisServiceFactory extends InMemoryServiceFactoryImpl {

    /** The OpenCMIS InMemory version on the class path, from its Maven metadata (kept in the shaded jar). */
    static final String IN_MEMORY_VERSION = inMemoryVersion();

    private final ModelEnforcement enforcement;
    private final CmisModelConformance conformance = CmisModelConformance.sanxiang();
    /** The store's writes against its reads ({@link StoreLocking}). */
    private final java.util.concurrent.locks.ReadWriteLock store = new java.util.concurrent.locks.ReentrantReadWriteLock();

    SanxiangCmisServiceFactory(ModelEnforcement enforcement) {
        this.enforcement = Objects.requireNonNull(enforcement, "enforcement");
    }

    @Override
    public void init(Map<String, String> parameters) {
        super.init(parameters);
        String repositoryId = parameters.get(org.apache.chemistry.opencmis.inmemory.ConfigConstants.REPOSITORY_ID);
        restoreOverrides(getStoreManger().getTypeManager(repositoryId));
    }

    @Override
    public CmisService getService(CallContext context) {
        return new SanxiangCmisService(StoreLocking.around(super.getService(context), store), conformance, enforcement,
                IN_MEMORY_VERSION);
    }

    ModelEnforcement enforcement() {
        return enforcement;
    }

    /** Puts each overriding definition back on its type and on the type's descendants. */
    static void restoreOverrides(TypeManager types) {
        var overridden = CmisTypeDefinitions.overriddenProperties(CmisTypeDefinitions.sanxiang(Locale.SIMPLIFIED_CHINESE));
        overridden.forEach((typeId, definitions) -> {
            TypeDefinitionContainer container = types.getTypeById(typeId);
            if (container != null) {
                put(container, definitions);
            }
        });
    }

    private static void put(TypeDefinitionContainer container, List<PropertyDefinition<?>> definitions) {
        Map<String, PropertyDefinition<?>> target = container.getTypeDefinition().getPropertyDefinitions();
        for (PropertyDefinition<?> d : definitions) {
            target.put(d.getId(), d);
        }
        for (TypeDefinitionContainer child : container.getChildren()) {
            put(child, definitions);
        }
    }

    private static String inMemoryVersion() {
        String resource = "/META-INF/maven/org.apache.chemistry.opencmis/chemistry-opencmis-server-inmemory/pom.properties";
        try (InputStream in = InMemoryServiceFactoryImpl.class.getResourceAsStream(resource)) {
            if (in != null) {
                java.util.Properties p = new java.util.Properties();
                p.load(in);
                String version = p.getProperty("version");
                if (version != null) {
                    return version;
                }
            }
        } catch (IOException e) {
            // fall through: unknown
        }
        return "(version unknown)";
    }
}
