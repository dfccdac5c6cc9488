package org.sanxiang.standalone.scale;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.GregorianCalendar;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TimeZone;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.apache.chemistry.opencmis.commons.PropertyIds;
import org.apache.chemistry.opencmis.commons.data.ExtensionsData;
import org.apache.chemistry.opencmis.commons.data.ObjectData;
import org.apache.chemistry.opencmis.commons.data.ObjectInFolderList;
import org.apache.chemistry.opencmis.commons.data.ObjectList;
import org.apache.chemistry.opencmis.commons.data.ObjectParentData;
import org.apache.chemistry.opencmis.commons.data.RepositoryInfo;
import org.apache.chemistry.opencmis.commons.definitions.PropertyDefinition;
import org.apache.chemistry.opencmis.commons.definitions.TypeDefinition;
import org.apache.chemistry.opencmis.commons.definitions.TypeDefinitionContainer;
import org.apache.chemistry.opencmis.commons.definitions.TypeDefinitionList;
import org.apache.chemistry.opencmis.commons.enums.BaseTypeId;
import org.apache.chemistry.opencmis.commons.enums.IncludeRelationships;
import org.apache.chemistry.opencmis.commons.exceptions.CmisInvalidArgumentException;
import org.apache.chemistry.opencmis.commons.exceptions.CmisNotSupportedException;
import org.apache.chemistry.opencmis.commons.exceptions.CmisObjectNotFoundException;
import org.apache.chemistry.opencmis.commons.impl.dataobjects.AbstractPropertyData;
import org.apache.chemistry.opencmis.commons.impl.dataobjects.ObjectDataImpl;
import org.apache.chemistry.opencmis.commons.impl.dataobjects.ObjectListImpl;
import org.apache.chemistry.opencmis.commons.impl.dataobjects.PropertiesImpl;
import org.apache.chemistry.opencmis.commons.impl.dataobjects.PropertyBooleanImpl;
import org.apache.chemistry.opencmis.commons.impl.dataobjects.PropertyDateTimeImpl;
import org.apache.chemistry.opencmis.commons.impl.dataobjects.PropertyDecimalImpl;
import org.apache.chemistry.opencmis.commons.impl.dataobjects.PropertyIdImpl;
import org.apache.chemistry.opencmis.commons.impl.dataobjects.PropertyIntegerImpl;
import org.apache.chemistry.opencmis.commons.impl.dataobjects.PropertyStringImpl;
import org.apache.chemistry.opencmis.commons.impl.server.AbstractCmisService;

/**
 * The service behind {@link GeneratedCmisRepository}, one per request: the queries and object reads of the
 * annual account, answered from the drawn year; types and repository information from the embedded
 * server's type manager; anything else refused.
 */
final class GeneratedCmisService extends AbstractCmisService {

    private static final Pattern SELECT = Pattern.compile("SELECT (.+?) FROM (\\S+) WHERE (.+)");
    private static final Pattern IN_TREE = Pattern.compile("IN_TREE\\('([^'\\\\]*)'\\)");
    private static final Pattern IN_FOLDER = Pattern.compile("IN_FOLDER\\('([^'\\\\]*)'\\)");
    private static final Pattern EQUALS_IN_FOLDER = Pattern.compile("(\\S+) = '([^'\\\\]*)' AND IN_FOLDER\\('([^'\\\\]*)'\\)");
    private static final Pattern IDS_IN = Pattern.compile("cmis:objectId IN \\(('[^'\\\\]*'(?:,'[^'\\\\]*')*)\\)");
    private static final Pattern OBJECT_ID = Pattern.compile("case-(\\d+)(?:-(\\d+))?");

    private final GeneratedCmisRepository repository;

    GeneratedCmisService(GeneratedCmisRepository repository) {
        this.repository = repository;
    }

    /** A drawn object: its id, type, aspects and properties. */
    private record Found(String id, Map<String, Object> properties) {

        String typeId() {
            return GeneratedCmisRepository.typeOf(properties);
        }

        @SuppressWarnings("unchecked")
        List<String> aspects() {
            Object a = properties.get(PropertyIds.SECONDARY_OBJECT_TYPE_IDS);
            return a == null ? List.of() : (List<String>) a;
        }
    }

    // ---- types and repository: the embedded server's

    @Override
    public List<RepositoryInfo> getRepositoryInfos(ExtensionsData extension) {
        return types().getRepositoryInfos(extension);
    }

    @Override
    public TypeDefinitionList getTypeChildren(String repositoryId, String typeId, Boolean includePropertyDefinitions,
            BigInteger maxItems, BigInteger skipCount, ExtensionsData extension) {
        return types().getTypeChildren(repositoryId, typeId, includePropertyDefinitions, maxItems, skipCount, extension);
    }

    @Override
    public List<TypeDefinitionContainer> getTypeDescendants(String repositoryId, String typeId, BigInteger depth,
            Boolean includePropertyDefinitions, ExtensionsData extension) {
        return types().getTypeDescendants(repositoryId, typeId, depth, includePropertyDefinitions, extension);
    }

    @Override
    public TypeDefinition getTypeDefinition(String repositoryId, String typeId, ExtensionsData extension) {
        return types().getTypeDefinition(repositoryId, typeId, extension);
    }

    private org.apache.chemistry.opencmis.commons.server.CmisService types() {
        return repository.typeService();
    }

    // ---- reads the annual account does not make: refused

    @Override
    public ObjectInFolderList getChildren(String repositoryId, String folderId, String filter, String orderBy,
            Boolean includeAllowableActions, IncludeRelationships includeRelationships, String renditionFilter,
            Boolean includePathSegment, BigInteger maxItems, BigInteger skipCount, ExtensionsData extension) {
        throw refuse("getChildren " + folderId);
    }

    @Override
    public List<ObjectParentData> getObjectParents(String repositoryId, String objectId, String filter,
            Boolean includeAllowableActions, IncludeRelationships includeRelationships, String renditionFilter,
            Boolean includeRelativePathSegment, ExtensionsData extension) {
        throw refuse("getObjectParents " + objectId);
    }

    // ---- object reads

    @Override
    public ObjectData getObjectByPath(String repositoryId, String path, String filter, Boolean includeAllowableActions,
            IncludeRelationships includeRelationships, String renditionFilter, Boolean includePolicyIds, Boolean includeAcl,
            ExtensionsData extension) {
        String id = path.startsWith("/") ? path.substring(1) : path;
        if (!GeneratedCmisRepository.trees().contains(id)) {
            throw refuse("getObjectByPath " + path);
        }
        return object(find(id), filter);
    }

    @Override
    public ObjectData getObject(String repositoryId, String objectId, String filter, Boolean includeAllowableActions,
            IncludeRelationships includeRelationships, String renditionFilter, Boolean includePolicyIds, Boolean includeAcl,
            ExtensionsData extension) {
        return object(find(objectId), filter);
    }

    /** An object with the properties the filter names (all with {@code *}), and always its id and types. */
    private ObjectData object(Found found, String filter) {
        Set<String> wanted = filter == null || filter.isBlank() || filter.strip().equals("*") ? null
                : Arrays.stream(filter.split(",")).map(String::strip).collect(Collectors.toSet());
        List<String> typeIds = new ArrayList<>(repository.ancestors(found.typeId()));
        found.aspects().forEach(a -> typeIds.addAll(repository.ancestors(a)));
        Map<String, PropertyDefinition<?>> definitions = definitions(typeIds);
        PropertiesImpl properties = new PropertiesImpl();
        for (PropertyDefinition<?> d : definitions.values()) {
            String id = d.getId();
            boolean always = id.equals(PropertyIds.OBJECT_ID) || id.equals(PropertyIds.OBJECT_TYPE_ID)
                    || id.equals(PropertyIds.BASE_TYPE_ID) || id.equals(PropertyIds.SECONDARY_OBJECT_TYPE_IDS);
            if (always || wanted == null || wanted.contains(id) || wanted.contains(d.getQueryName())) {
                Object value = value(found, id);
                if (value != null) {
                    properties.addProperty(property(d, value));
                }
            }
        }
        ObjectDataImpl data = new ObjectDataImpl();
        data.setProperties(properties);
        return data;
    }

    // ---- queries

    @Override
    public ObjectList query(String repositoryId, String statement, Boolean searchAllVersions, Boolean includeAllowableActions,
            IncludeRelationships includeRelationships, String renditionFilter, BigInteger maxItems, BigInteger skipCount,
            ExtensionsData extension) {
        Matcher select = SELECT.matcher(statement.strip());
        if (!select.matches()) {
            throw refuse(statement);
        }
        List<String> columns = Arrays.stream(select.group(1).split(",")).map(String::strip).toList();
        String table = select.group(2);
        String where = select.group(3).strip();
        String typeId = repository.typeIdOfQueryName(table);
        if (typeId == null) {
            throw refuse(statement);
        }
        Map<String, PropertyDefinition<?>> definitions = definitions(repository.ancestors(typeId));
        for (String column : columns) {
            if (!column.equals(PropertyIds.OBJECT_ID) && !definitions.containsKey(column)) {
                throw refuse(statement + " (no column " + column + " in " + table + ")");
            }
        }
        long skip = skipCount == null ? 0 : skipCount.longValue();
        int max = maxItems == null ? 100 : maxItems.intValue();
        Matcher m;
        if ((m = IN_TREE.matcher(where)).matches()) {
            String tree = m.group(1);
            if (!GeneratedCmisRepository.trees().contains(tree) || isSecondary(typeId)) {
                throw refuse(statement);
            }
            repository.answered(table + " IN_TREE(" + tree + ")");
            long[] refs = repository.indexed(tree, typeId);
            List<Found> page = new ArrayList<>();
            for (long i = skip; i < refs.length && page.size() < max; i++) {
                page.add(at(refs[(int) i]));
            }
            return list(page, skip, columns, definitions, refs.length);
        }
        if ((m = IN_FOLDER.matcher(where)).matches()) {
            repository.answered(table + " IN_FOLDER(case)");
            return inFolder(statement, m.group(1), typeId, f -> true, columns, definitions, skip, max);
        }
        if ((m = EQUALS_IN_FOLDER.matcher(where)).matches()) {
            String column = m.group(1);
            String literal = m.group(2);
            if (!definitions.containsKey(column)) {
                throw refuse(statement + " (no column " + column + " in " + table + ")");
            }
            repository.answered(table + " " + column + " = … AND IN_FOLDER(case)");
            return inFolder(statement, m.group(3), typeId, f -> literal.equals(f.properties().get(column)), columns,
                    definitions, skip, max);
        }
        if ((m = IDS_IN.matcher(where)).matches() && isSecondary(typeId)) {
            if (!repository.aspectQueries()) {
                // what the OpenCMIS InMemory server answers: its secondary types are not queryable
                throw new CmisInvalidArgumentException("generated CMIS repository: no aspect queries (as InMemory)");
            }
            repository.answered(table + " cmis:objectId IN (…)");
            List<Found> rows = new ArrayList<>();
            for (String quoted : m.group(1).split(",")) {
                Found f = find(quoted.substring(1, quoted.length() - 1));
                if (f.aspects().contains(typeId)) {
                    rows.add(f);
                }
            }
            return list(rows.stream().skip(skip).limit(max).toList(), skip, columns, definitions, rows.size());
        }
        throw refuse(statement);
    }

    private ObjectList inFolder(String statement, String folderId, String typeId, Predicate<Found> condition,
            List<String> columns, Map<String, PropertyDefinition<?>> definitions, long skip, int max) {
        Matcher id = OBJECT_ID.matcher(folderId);
        if (!id.matches() || id.group(2) != null || Integer.parseInt(id.group(1)) >= repository.cases()) {
            throw refuse(statement + " (not a case folder: " + folderId + ")");
        }
        int n = Integer.parseInt(id.group(1));
        AnnualYearDraw.Case c = repository.draw().draw(n);
        List<Found> rows = new ArrayList<>();
        for (int i = 0; i < c.items().size(); i++) {
            AnnualYearDraw.Item item = c.items().get(i);
            if (item.place() == AnnualYearDraw.Place.CASE && repository.isA(item.typeId(), typeId)) {
                Found f = new Found(folderId + "-" + i, item.properties());
                if (condition.test(f)) {
                    rows.add(f);
                }
            }
        }
        return list(rows.stream().skip(skip).limit(max).toList(), skip, columns, definitions, rows.size());
    }

    private ObjectList list(List<Found> page, long skip, List<String> columns, Map<String, PropertyDefinition<?>> definitions,
            long total) {
        List<ObjectData> objects = new ArrayList<>(page.size());
        for (Found f : page) {
            PropertiesImpl properties = new PropertiesImpl();
            for (String column : columns) {
                Object value = value(f, column);
                PropertyDefinition<?> d = definitions.get(column);
                if (d == null) { // cmis:objectId of an aspect query
                    PropertyIdImpl p = new PropertyIdImpl(PropertyIds.OBJECT_ID, (String) value);
                    p.setQueryName(PropertyIds.OBJECT_ID);
                    properties.addProperty(p);
                } else if (value != null) {
                    properties.addProperty(property(d, value));
                }
            }
            ObjectDataImpl data = new ObjectDataImpl();
            data.setProperties(properties);
            objects.add(data);
        }
        ObjectListImpl list = new ObjectListImpl();
        list.setObjects(objects);
        list.setNumItems(BigInteger.valueOf(total));
        list.setHasMoreItems(skip + page.size() < total);
        return list;
    }

    // ---- the drawn objects

    private Found at(long ref) {
        int n = (int) (ref >>> 16);
        int place = (int) (ref & 0xFFFF);
        AnnualYearDraw.Case c = repository.draw().draw(n);
        return place == GeneratedCmisRepository.FOLDER ? new Found("case-" + n, c.folder())
                : new Found("case-" + n + "-" + place, c.items().get(place).properties());
    }

    private Found find(String objectId) {
        if (GeneratedCmisRepository.trees().contains(objectId)) {
            Map<String, Object> p = new LinkedHashMap<>();
            p.put(PropertyIds.OBJECT_TYPE_ID, BaseTypeId.CMIS_FOLDER.value());
            p.put(PropertyIds.NAME, objectId);
            p.put(PropertyIds.PATH, "/" + objectId);
            return new Found(objectId, p);
        }
        Matcher id = OBJECT_ID.matcher(objectId);
        if (!id.matches() || Integer.parseInt(id.group(1)) >= repository.cases()) {
            throw new CmisObjectNotFoundException("generated CMIS repository: no object " + objectId);
        }
        AnnualYearDraw.Case c = repository.draw().draw(Integer.parseInt(id.group(1)));
        if (id.group(2) == null) {
            return new Found(objectId, c.folder());
        }
        int place = Integer.parseInt(id.group(2));
        if (place >= c.items().size()) {
            throw new CmisObjectNotFoundException("generated CMIS repository: no object " + objectId);
        }
        return new Found(objectId, c.items().get(place).properties());
    }

    private Object value(Found f, String propertyId) {
        return switch (propertyId) {
            case PropertyIds.OBJECT_ID -> f.id();
            case PropertyIds.BASE_TYPE_ID -> repository.ancestors(f.typeId()).get(repository.ancestors(f.typeId()).size() - 1);
            case PropertyIds.SECONDARY_OBJECT_TYPE_IDS -> f.aspects();
            case PropertyIds.CREATION_DATE, PropertyIds.LAST_MODIFICATION_DATE -> writtenAt();
            default -> f.properties().get(propertyId);
        };
    }

    private GregorianCalendar writtenAt() {
        GregorianCalendar c = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        c.setTimeInMillis(repository.writtenAt().toEpochMilli());
        return c;
    }

    private boolean isSecondary(String typeId) {
        return repository.isA(typeId, BaseTypeId.CMIS_SECONDARY.value());
    }

    /** The property definitions of these types, by id and by query name. */
    private Map<String, PropertyDefinition<?>> definitions(List<String> typeIds) {
        Map<String, PropertyDefinition<?>> result = new LinkedHashMap<>();
        for (String t : typeIds) {
            TypeDefinition type = repository.type(t);
            if (type.getPropertyDefinitions() != null) {
                type.getPropertyDefinitions().values().forEach(d -> {
                    result.putIfAbsent(d.getId(), d);
                    result.putIfAbsent(d.getQueryName(), d);
                });
            }
        }
        return result;
    }

    @SuppressWarnings("unchecked")
    private static AbstractPropertyData<?> property(PropertyDefinition<?> d, Object value) {
        AbstractPropertyData<?> p = switch (d.getPropertyType()) {
            case ID -> value instanceof List<?> l ? new PropertyIdImpl(d.getId(), (List<String>) l)
                    : new PropertyIdImpl(d.getId(), (String) value);
            case STRING -> value instanceof List<?> l ? new PropertyStringImpl(d.getId(), (List<String>) l)
                    : new PropertyStringImpl(d.getId(), (String) value);
            case DATETIME -> new PropertyDateTimeImpl(d.getId(), (GregorianCalendar) value);
            case DECIMAL -> new PropertyDecimalImpl(d.getId(), (BigDecimal) value);
            case BOOLEAN -> new PropertyBooleanImpl(d.getId(), (Boolean) value);
            case INTEGER -> new PropertyIntegerImpl(d.getId(), (BigInteger) value);
            default -> throw new IllegalStateException("generated CMIS repository: no " + d.getPropertyType() + " values");
        };
        p.setQueryName(d.getQueryName());
        p.setLocalName(d.getLocalName());
        p.setDisplayName(d.getDisplayName());
        return p;
    }

    private CmisNotSupportedException refuse(String what) {
        repository.refuse();
        System.err.println("generated CMIS repository: REFUSED, not understood: " + what);
        return new CmisNotSupportedException("generated CMIS repository: not understood: " + what);
    }
}
