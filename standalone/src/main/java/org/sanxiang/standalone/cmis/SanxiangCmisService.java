package org.sanxiang.standalone.cmis;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.apache.chemistry.opencmis.commons.PropertyIds;
import org.apache.chemistry.opencmis.commons.data.BulkUpdateObjectIdAndChangeToken;
import org.apache.chemistry.opencmis.commons.data.ContentStream;
import org.apache.chemistry.opencmis.commons.data.ExtensionsData;
import org.apache.chemistry.opencmis.commons.data.ObjectData;
import org.apache.chemistry.opencmis.commons.data.ObjectList;
import org.apache.chemistry.opencmis.commons.data.Properties;
import org.apache.chemistry.opencmis.commons.data.PropertyData;
import org.apache.chemistry.opencmis.commons.data.RepositoryInfo;
import org.apache.chemistry.opencmis.commons.data.Acl;
import org.apache.chemistry.opencmis.commons.definitions.PropertyDefinition;
import org.apache.chemistry.opencmis.commons.definitions.TypeDefinition;
import org.apache.chemistry.opencmis.commons.enums.BaseTypeId;
import org.apache.chemistry.opencmis.commons.enums.IncludeRelationships;
import org.apache.chemistry.opencmis.commons.enums.VersioningState;
import org.apache.chemistry.opencmis.commons.exceptions.CmisConstraintException;
import org.apache.chemistry.opencmis.commons.exceptions.CmisInvalidArgumentException;
import org.apache.chemistry.opencmis.commons.impl.dataobjects.PropertiesImpl;
import org.apache.chemistry.opencmis.commons.impl.dataobjects.PropertyIdImpl;
import org.apache.chemistry.opencmis.commons.impl.dataobjects.RepositoryInfoImpl;
import org.apache.chemistry.opencmis.commons.server.CmisService;
import org.apache.chemistry.opencmis.commons.spi.Holder;
import org.apache.chemistry.opencmis.server.support.wrapper.AbstractCmisServiceWrapper;
import org.sanxiang.model.cmis.CmisModelConformance;

/**
 * What the embedded server adds to the OpenCMIS InMemory repository so that it behaves as Alfresco does
 * where integrators and the processes rely on it:
 * <ul>
 * <li>objects of sx types are refused when they are not valid instances of the model
 * ({@link ModelEnforcement}; {@code constraint}, as Alfresco's integrity checker);</li>
 * <li>a checked-out copy keeps the secondary types of its document (InMemory drops them and keeps their
 * properties, so the next version could not be read: "property … not part of the type");</li>
 * <li>a query with a JOIN is refused with {@code invalidArgument}: InMemory parses an aspect join but
 * ignores it and answers every object of the primary type;</li>
 * <li>the repository reports the product it is, not the version of the jar it was shaded into.</li>
 * </ul>
 */
final class SanxiangCmisService extends AbstractCmisServiceWrapper {

    /** JOIN as a keyword, outside string literals (which are blanked out before matching). */
    private static final Pattern JOIN = Pattern.compile("(?i)\\bJOIN\\b");
    private static final Pattern STRING_LITERAL = Pattern.compile("'(?:[^'\\\\]|\\\\.|'')*'");

    private final CmisModelConformance conformance;
    private final ModelEnforcement enforcement;
    private final String productVersion;

    SanxiangCmisService(CmisService service, CmisModelConformance conformance, ModelEnforcement enforcement,
            String productVersion) {
        super(service);
        this.conformance = conformance;
        this.enforcement = enforcement;
        this.productVersion = productVersion;
    }

    static String productName(String inMemoryVersion) {
        return "Sanxiang embedded CMIS (OpenCMIS InMemory " + inMemoryVersion + ")";
    }

    // ---- repository info

    @Override
    public List<RepositoryInfo> getRepositoryInfos(ExtensionsData extension) {
        List<RepositoryInfo> infos = new ArrayList<>();
        for (RepositoryInfo info : super.getRepositoryInfos(extension)) {
            infos.add(truthful(info));
        }
        return infos;
    }

    @Override
    public RepositoryInfo getRepositoryInfo(String repositoryId, ExtensionsData extension) {
        return truthful(super.getRepositoryInfo(repositoryId, extension));
    }

    private RepositoryInfo truthful(RepositoryInfo info) {
        if (info instanceof RepositoryInfoImpl impl) {
            impl.setVendorName("Apache Chemistry (OpenCMIS InMemory), embedded by Sanxiang");
            impl.setProductName(productName(productVersion));
            impl.setProductVersion(productVersion);
            impl.setDescription("The Sanxiang standalone runtime's embedded CMIS 1.1 repository: Apache Chemistry "
                    + "OpenCMIS InMemory " + productVersion + " with the sx content model under Alfresco's CMIS ids. "
                    + "Not Alfresco.");
        }
        return info;
    }

    // ---- writes checked against the model

    @Override
    public String create(String repositoryId, Properties properties, String folderId, ContentStream contentStream,
            VersioningState versioningState, List<String> policies, ExtensionsData extension) {
        // AtomPub creates through this generic call, which the wrapped service would dispatch to itself
        String typeId = firstId(properties, PropertyIds.OBJECT_TYPE_ID);
        if (typeId != null) {
            TypeDefinition type = getWrappedService().getTypeDefinition(repositoryId, typeId, null);
            if (type.getBaseTypeId() == BaseTypeId.CMIS_DOCUMENT || type.getBaseTypeId() == BaseTypeId.CMIS_FOLDER) {
                checkNew(repositoryId, properties);
            }
        }
        return super.create(repositoryId, properties, folderId, contentStream, versioningState, policies, extension);
    }

    @Override
    public String createDocument(String repositoryId, Properties properties, String folderId, ContentStream contentStream,
            VersioningState versioningState, List<String> policies, Acl addAces, Acl removeAces, ExtensionsData extension) {
        checkNew(repositoryId, properties);
        return super.createDocument(repositoryId, properties, folderId, contentStream, versioningState, policies, addAces,
                removeAces, extension);
    }

    @Override
    public String createFolder(String repositoryId, Properties properties, String folderId, List<String> policies,
            Acl addAces, Acl removeAces, ExtensionsData extension) {
        checkNew(repositoryId, properties);
        return super.createFolder(repositoryId, properties, folderId, policies, addAces, removeAces, extension);
    }

    @Override
    public String createDocumentFromSource(String repositoryId, String sourceId, Properties properties, String folderId,
            VersioningState versioningState, List<String> policies, Acl addAces, Acl removeAces, ExtensionsData extension) {
        if (enforcement.enabled()) {
            Map<String, List<?>> values = current(repositoryId, sourceId);
            merge(values, properties);
            check(repositoryId, values);
        }
        return super.createDocumentFromSource(repositoryId, sourceId, properties, folderId, versioningState, policies,
                addAces, removeAces, extension);
    }

    @Override
    public void updateProperties(String repositoryId, Holder<String> objectId, Holder<String> changeToken,
            Properties properties, ExtensionsData extension) {
        if (enforcement.enabled() && objectId != null) {
            Map<String, List<?>> values = current(repositoryId, objectId.getValue());
            merge(values, properties);
            check(repositoryId, values);
        }
        super.updateProperties(repositoryId, objectId, changeToken, properties, extension);
    }

    @Override
    public List<BulkUpdateObjectIdAndChangeToken> bulkUpdateProperties(String repositoryId,
            List<BulkUpdateObjectIdAndChangeToken> objectIdsAndChangeTokens, Properties properties,
            List<String> addSecondaryTypeIds, List<String> removeSecondaryTypeIds, ExtensionsData extension) {
        if (enforcement.enabled() && objectIdsAndChangeTokens != null) {
            for (BulkUpdateObjectIdAndChangeToken o : objectIdsAndChangeTokens) {
                Map<String, List<?>> values = current(repositoryId, o.getId());
                merge(values, properties);
                List<Object> secondary = new ArrayList<>(values.getOrDefault(PropertyIds.SECONDARY_OBJECT_TYPE_IDS, List.of()));
                if (addSecondaryTypeIds != null) {
                    secondary.addAll(addSecondaryTypeIds);
                }
                if (removeSecondaryTypeIds != null) {
                    secondary.removeAll(removeSecondaryTypeIds);
                }
                values.put(PropertyIds.SECONDARY_OBJECT_TYPE_IDS, secondary);
                check(repositoryId, values);
            }
        }
        return super.bulkUpdateProperties(repositoryId, objectIdsAndChangeTokens, properties, addSecondaryTypeIds,
                removeSecondaryTypeIds, extension);
    }

    @Override
    public void checkOut(String repositoryId, Holder<String> objectId, ExtensionsData extension, Holder<Boolean> contentCopied) {
        List<?> secondary = objectId == null ? List.of()
                : current(repositoryId, objectId.getValue()).getOrDefault(PropertyIds.SECONDARY_OBJECT_TYPE_IDS, List.of());
        super.checkOut(repositoryId, objectId, extension, contentCopied);
        if (!secondary.isEmpty() && objectId != null) {
            // the working copy (and so the next version) keeps the document's aspects, as in Alfresco
            PropertiesImpl restore = new PropertiesImpl();
            restore.addProperty(new PropertyIdImpl(PropertyIds.SECONDARY_OBJECT_TYPE_IDS,
                    secondary.stream().map(Object::toString).toList()));
            getWrappedService().updateProperties(repositoryId, new Holder<>(objectId.getValue()), null, restore, null);
        }
    }

    @Override
    public void checkIn(String repositoryId, Holder<String> objectId, Boolean major, Properties properties,
            ContentStream contentStream, String checkinComment, List<String> policies, Acl addAces, Acl removeAces,
            ExtensionsData extension) {
        if (enforcement.enabled() && objectId != null) {
            Map<String, List<?>> values = current(repositoryId, objectId.getValue());
            merge(values, properties);
            check(repositoryId, values);
        }
        super.checkIn(repositoryId, objectId, major, properties, contentStream, checkinComment, policies, addAces,
                removeAces, extension);
    }

    // ---- queries

    @Override
    public ObjectList query(String repositoryId, String statement, Boolean searchAllVersions,
            Boolean includeAllowableActions, IncludeRelationships includeRelationships, String renditionFilter,
            BigInteger maxItems, BigInteger skipCount, ExtensionsData extension) {
        if (statement != null && JOIN.matcher(STRING_LITERAL.matcher(statement).replaceAll("''")).find()) {
            throw new CmisInvalidArgumentException("JOIN is not supported by the embedded server (OpenCMIS InMemory would "
                    + "ignore it and answer every object of the first type). Query the primary type and read "
                    + "cmis:secondaryObjectTypeIds, or run the JOIN against Alfresco; see docs/cmis.md.");
        }
        return super.query(repositoryId, statement, searchAllVersions, includeAllowableActions, includeRelationships,
                renditionFilter, maxItems, skipCount, extension);
    }

    // ---- checking

    /** A new object: its properties plus the defaults of its type, as InMemory (and Alfresco) apply them. */
    private void checkNew(String repositoryId, Properties properties) {
        if (!enforcement.enabled()) {
            return;
        }
        Map<String, List<?>> values = new HashMap<>();
        merge(values, properties);
        String typeId = first(values, PropertyIds.OBJECT_TYPE_ID);
        if (typeId == null || !conformance.governs(typeId) && secondaries(values).stream().noneMatch(conformance::governs)) {
            return;
        }
        TypeDefinition type = getWrappedService().getTypeDefinition(repositoryId, typeId, null);
        for (PropertyDefinition<?> d : type.getPropertyDefinitions().values()) {
            if (d.getDefaultValue() != null && !d.getDefaultValue().isEmpty() && isUnset(values.get(d.getId()))) {
                values.put(d.getId(), d.getDefaultValue());
            }
        }
        check(repositoryId, values);
    }

    private void check(String repositoryId, Map<String, List<?>> values) {
        String typeId = first(values, PropertyIds.OBJECT_TYPE_ID);
        List<String> secondary = secondaries(values);
        List<String> problems = new ArrayList<>();
        for (CmisModelConformance.Violation v : conformance.violations(typeId, secondary, values)) {
            if (!enforcement.exempt(typeId, v.property())) {
                problems.add(v.toString());
            }
        }
        if (!problems.isEmpty()) {
            String name = first(values, PropertyIds.NAME);
            throw new CmisConstraintException("Found " + problems.size() + " integrity violation(s) of the sx model in "
                    + typeId + (name != null ? " '" + name + "'" : "") + ": " + String.join("; ", problems));
        }
    }

    /** The object's properties as they are now. */
    private Map<String, List<?>> current(String repositoryId, String objectId) {
        ObjectData o = getWrappedService().getObject(repositoryId, objectId, "*", false, IncludeRelationships.NONE,
                "cmis:none", false, false, null);
        Map<String, List<?>> values = new HashMap<>();
        merge(values, o.getProperties());
        return values;
    }

    /** Puts the given properties over the values; a property given without values is unset. */
    private static void merge(Map<String, List<?>> values, Properties properties) {
        if (properties == null || properties.getPropertyList() == null) {
            return;
        }
        for (PropertyData<?> p : properties.getPropertyList()) {
            values.put(p.getId(), p.getValues() == null ? List.of() : p.getValues());
        }
    }

    private static boolean isUnset(List<?> values) {
        return values == null || values.stream().allMatch(v -> v == null);
    }

    private static String first(Map<String, List<?>> values, String id) {
        List<?> v = values.get(id);
        return v == null || v.isEmpty() || v.get(0) == null ? null : v.get(0).toString();
    }

    private static String firstId(Properties properties, String id) {
        if (properties == null || properties.getProperties() == null) {
            return null;
        }
        PropertyData<?> p = properties.getProperties().get(id);
        return p == null || p.getFirstValue() == null ? null : p.getFirstValue().toString();
    }

    private static List<String> secondaries(Map<String, List<?>> values) {
        LinkedHashSet<String> ids = new LinkedHashSet<>();
        for (Object v : values.getOrDefault(PropertyIds.SECONDARY_OBJECT_TYPE_IDS, List.of())) {
            if (v != null) {
                ids.add(v.toString());
            }
        }
        return List.copyOf(ids);
    }
}
