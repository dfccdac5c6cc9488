package org.sanxiang.model.cmis;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.chemistry.opencmis.commons.definitions.Choice;
import org.apache.chemistry.opencmis.commons.definitions.PropertyDefinition;
import org.apache.chemistry.opencmis.commons.definitions.TypeDefinition;
import org.apache.chemistry.opencmis.commons.enums.BaseTypeId;
import org.apache.chemistry.opencmis.commons.enums.Cardinality;
import org.apache.chemistry.opencmis.commons.enums.ContentStreamAllowed;
import org.apache.chemistry.opencmis.commons.enums.PropertyType;
import org.apache.chemistry.opencmis.commons.enums.Updatability;
import org.apache.chemistry.opencmis.commons.impl.dataobjects.AbstractPropertyDefinition;
import org.apache.chemistry.opencmis.commons.impl.dataobjects.AbstractTypeDefinition;
import org.apache.chemistry.opencmis.commons.impl.dataobjects.ChoiceImpl;
import org.apache.chemistry.opencmis.commons.impl.dataobjects.DocumentTypeDefinitionImpl;
import org.apache.chemistry.opencmis.commons.impl.dataobjects.FolderTypeDefinitionImpl;
import org.apache.chemistry.opencmis.commons.impl.dataobjects.PropertyBooleanDefinitionImpl;
import org.apache.chemistry.opencmis.commons.impl.dataobjects.PropertyDateTimeDefinitionImpl;
import org.apache.chemistry.opencmis.commons.impl.dataobjects.PropertyDecimalDefinitionImpl;
import org.apache.chemistry.opencmis.commons.impl.dataobjects.PropertyIdDefinitionImpl;
import org.apache.chemistry.opencmis.commons.impl.dataobjects.PropertyIntegerDefinitionImpl;
import org.apache.chemistry.opencmis.commons.impl.dataobjects.PropertyStringDefinitionImpl;
import org.apache.chemistry.opencmis.commons.impl.dataobjects.RelationshipTypeDefinitionImpl;
import org.apache.chemistry.opencmis.commons.impl.dataobjects.SecondaryTypeDefinitionImpl;
import org.sanxiang.model.ModelResources;
import org.sanxiang.model.m2.M2Association;
import org.sanxiang.model.m2.M2Class;
import org.sanxiang.model.m2.M2Constraint;
import org.sanxiang.model.m2.M2Model;
import org.sanxiang.model.m2.M2ModelReader;
import org.sanxiang.model.m2.M2Property;
import org.sanxiang.model.m2.M2PropertyOverride;
import org.sanxiang.model.m2.ModelLabels;

/**
 * Turns the {@code sx} content model into the CMIS 1.1 type definitions Alfresco's CMIS layer
 * exposes for it, so that the standalone CMIS server shows integrators the same ids:
 * <ul>
 * <li>cm:folder subtypes as {@code F:sx:x} (base cmis:folder), cm:content subtypes as {@code D:sx:x}
 * (base cmis:document), the parent being the sx parent's id or cmis:folder / cmis:document;</li>
 * <li>aspects as secondary types {@code P:sx:x} (parent cmis:secondary);</li>
 * <li>peer associations as relationship types {@code R:sx:x};</li>
 * <li>properties with id and query name {@code sx:x}, data types mapped as Alfresco's CMISMapping
 * does (d:text/mltext→string, d:int/long→integer, d:float/double→decimal, d:date/datetime→datetime,
 * d:boolean→boolean, d:noderef/category→id; d:qname, d:content, d:locale, d:period, d:path, d:any
 * are not exposed), cardinality from multiple, required from mandatory, updatability from protected,
 * choices (display name = value) from LIST constraints.</li>
 * </ul>
 * The flags (creatable, queryable, fileable, ...) are those of Alfresco's Folder/Document/Secondary/
 * RelationshipTypeDefinitionWrapper. Each definition carries the properties its class owns
 * ({@code inherited=false}), as Alfresco's {@code typeDef}, and the inherited properties the class overrides
 * ({@code inherited=true}, with the overriding default, as Alfresco shows them); a CMIS server adds the
 * other inherited ones.
 * The results are fresh, mutable OpenCMIS impl objects ({@link AbstractTypeDefinition}), ordered so
 * that every parent precedes its children.
 */
public final class CmisTypeDefinitions {

    private static final Map<String, PropertyType> DATA_TYPES = new HashMap<>();

    static {
        DATA_TYPES.put("d:text", PropertyType.STRING);
        DATA_TYPES.put("d:mltext", PropertyType.STRING);
        DATA_TYPES.put("d:int", PropertyType.INTEGER);
        DATA_TYPES.put("d:long", PropertyType.INTEGER);
        DATA_TYPES.put("d:float", PropertyType.DECIMAL);
        DATA_TYPES.put("d:double", PropertyType.DECIMAL);
        DATA_TYPES.put("d:date", PropertyType.DATETIME);
        DATA_TYPES.put("d:datetime", PropertyType.DATETIME);
        DATA_TYPES.put("d:boolean", PropertyType.BOOLEAN);
        DATA_TYPES.put("d:noderef", PropertyType.ID);
        DATA_TYPES.put("d:category", PropertyType.ID);
    }

    private static final String CM_FOLDER = "cm:folder";
    private static final String CM_CONTENT = "cm:content";

    private final M2Model model;
    private final ModelLabels labels;
    private final Map<String, TypeDefinition> result = new LinkedHashMap<>();

    private CmisTypeDefinitions(M2Model model, ModelLabels labels) {
        this.model = model;
        this.labels = labels;
    }

    /** The sx model's CMIS types, with display names in the given locale (zh_CN or en). */
    public static List<TypeDefinition> sanxiang(Locale locale) {
        return fromModel(M2ModelReader.readResource(ModelResources.CONTENT_MODEL),
                ModelLabels.load(ModelResources.CONTENT_MODEL_LABELS, locale));
    }

    /** The CMIS types of a model whose classes descend from cm:folder or cm:content. */
    public static List<TypeDefinition> fromModel(M2Model model, ModelLabels labels) {
        CmisTypeDefinitions g = new CmisTypeDefinitions(model, labels);
        for (M2Class c : model.classes()) {
            g.addClass(c);
        }
        for (M2Class c : model.classes()) {
            for (M2Association a : c.associations()) {
                if (!a.child()) {
                    g.addRelationship(c, a);
                }
            }
        }
        return new ArrayList<>(g.result.values());
    }

    /** The CMIS property type Alfresco maps a d: data type to, empty when Alfresco does not expose it. */
    public static Optional<PropertyType> propertyType(String dataType) {
        return Optional.ofNullable(DATA_TYPES.get(dataType));
    }

    /** The CMIS type id of a class of the model, or of cm:folder / cm:content. */
    public String typeId(String className) {
        if (CM_FOLDER.equals(className)) {
            return BaseTypeId.CMIS_FOLDER.value();
        }
        if (CM_CONTENT.equals(className)) {
            return BaseTypeId.CMIS_DOCUMENT.value();
        }
        M2Class c = model.findClass(className).orElseThrow(() -> new IllegalArgumentException(
                model.source() + ": " + className + " is neither a class of the model nor cm:folder/cm:content"));
        if (c.kind() == M2Class.Kind.ASPECT) {
            return "P:" + c.name();
        }
        return (baseOf(c) == BaseTypeId.CMIS_FOLDER ? "F:" : "D:") + c.name();
    }

    private BaseTypeId baseOf(M2Class type) {
        M2Class current = type;
        for (int depth = 0; depth < 64; depth++) {
            String parent = current.parent();
            if (CM_FOLDER.equals(parent)) {
                return BaseTypeId.CMIS_FOLDER;
            }
            if (CM_CONTENT.equals(parent)) {
                return BaseTypeId.CMIS_DOCUMENT;
            }
            Optional<M2Class> next = parent == null ? Optional.empty() : model.findClass(parent);
            if (next.isEmpty()) {
                throw new IllegalArgumentException(model.source() + ": type " + type.name()
                        + " descends from neither cm:folder nor cm:content (parent " + parent + ")");
            }
            current = next.get();
        }
        throw new IllegalArgumentException(model.source() + ": type " + type.name() + " has a parent cycle");
    }

    private void addClass(M2Class c) {
        String id = typeId(c.name());
        if (result.containsKey(id)) {
            return;
        }
        if (c.parent() != null) {
            model.findClass(c.parent()).ifPresent(this::addClass); // parents first
        }
        AbstractTypeDefinition t;
        if (c.kind() == M2Class.Kind.ASPECT) {
            SecondaryTypeDefinitionImpl s = new SecondaryTypeDefinitionImpl();
            s.setBaseTypeId(BaseTypeId.CMIS_SECONDARY);
            s.setParentTypeId(c.parent() == null ? BaseTypeId.CMIS_SECONDARY.value() : typeId(c.parent()));
            s.setIsCreatable(false);
            s.setIsFileable(false);
            s.setIsControllableAcl(false);
            t = s;
        } else if (baseOf(c) == BaseTypeId.CMIS_FOLDER) {
            FolderTypeDefinitionImpl f = new FolderTypeDefinitionImpl();
            f.setBaseTypeId(BaseTypeId.CMIS_FOLDER);
            f.setParentTypeId(typeId(c.parent()));
            f.setIsCreatable(true);
            f.setIsFileable(true);
            f.setIsControllableAcl(true);
            t = f;
        } else {
            DocumentTypeDefinitionImpl d = new DocumentTypeDefinitionImpl();
            d.setBaseTypeId(BaseTypeId.CMIS_DOCUMENT);
            d.setParentTypeId(typeId(c.parent()));
            d.setIsCreatable(true);
            d.setIsFileable(true);
            d.setIsControllableAcl(true);
            d.setContentStreamAllowed(ContentStreamAllowed.ALLOWED);
            d.setIsVersionable(true);
            t = d;
        }
        t.setId(id);
        t.setLocalName(local(c.name()));
        t.setLocalNamespace(model.namespaceUri());
        t.setQueryName(c.name());
        String title = labels.title(model.name(), c.kind().element(), c.name()).orElse(c.title());
        t.setDisplayName(title != null ? title : id);
        t.setDescription(c.description() != null ? c.description() : id);
        t.setIsQueryable(true);
        t.setIsFulltextIndexed(true);
        t.setIsControllablePolicy(false);
        t.setIsIncludedInSupertypeQuery(true);
        for (M2Property p : c.properties()) {
            AbstractPropertyDefinition<?> pd = property(p, p.defaultValue());
            if (pd != null) {
                t.addPropertyDefinition(pd);
            }
        }
        // An overridden property as Alfresco's CMIS layer shows it on the subtype: the ancestor's definition,
        // inherited, with the subtype's default (D:sx:reviewOpinion's sx:stage defaults to legalReview).
        for (M2PropertyOverride o : c.overrides()) {
            AbstractPropertyDefinition<?> pd = inheritedProperty(c, o.name())
                    .map(p -> property(p, o.defaultValue() != null ? o.defaultValue() : p.defaultValue())).orElse(null);
            if (pd != null) {
                pd.setIsInherited(true);
                t.addPropertyDefinition(pd);
            }
        }
        result.put(id, t);
    }

    private void addRelationship(M2Class source, M2Association a) {
        RelationshipTypeDefinitionImpl r = new RelationshipTypeDefinitionImpl();
        String id = "R:" + a.name();
        r.setId(id);
        r.setBaseTypeId(BaseTypeId.CMIS_RELATIONSHIP);
        r.setParentTypeId(BaseTypeId.CMIS_RELATIONSHIP.value());
        r.setLocalName(local(a.name()));
        r.setLocalNamespace(model.namespaceUri());
        r.setQueryName(a.name());
        String title = labels.title(model.name(), "association", a.name()).orElse(a.title());
        r.setDisplayName(title != null ? title : id);
        r.setDescription(a.description() != null ? a.description() : id);
        r.setIsCreatable(true);
        r.setIsQueryable(false);
        r.setIsFulltextIndexed(false);
        r.setIsControllablePolicy(false);
        r.setIsControllableAcl(false);
        r.setIsIncludedInSupertypeQuery(true);
        r.setIsFileable(false);
        r.setAllowedSourceTypes(endpoint(source.name()));
        r.setAllowedTargetTypes(endpoint(a.targetClass()));
        result.put(id, r);
    }

    /** As Alfresco: the class's own type id, or both base types when the class has none in CMIS. */
    private List<String> endpoint(String className) {
        if (CM_FOLDER.equals(className) || CM_CONTENT.equals(className) || model.findClass(className).isPresent()) {
            return Collections.singletonList(typeId(className));
        }
        return List.of(BaseTypeId.CMIS_DOCUMENT.value(), BaseTypeId.CMIS_FOLDER.value());
    }

    /** The definition of a property in the nearest ancestor of the class that defines it. */
    private Optional<M2Property> inheritedProperty(M2Class c, String name) {
        Optional<M2Class> current = c.parent() == null ? Optional.empty() : model.findClass(c.parent());
        for (int depth = 0; current.isPresent() && depth < 64; depth++) {
            Optional<M2Property> p = current.get().properties().stream().filter(x -> x.name().equals(name)).findFirst();
            if (p.isPresent()) {
                return p;
            }
            current = current.get().parent() == null ? Optional.empty() : model.findClass(current.get().parent());
        }
        return Optional.empty();
    }

    /**
     * The properties whose subtype definition differs from the ancestor's (an override of the default), by
     * type id: a CMIS server that copies inherited definitions from the parent must put these back.
     */
    public static Map<String, List<PropertyDefinition<?>>> overriddenProperties(List<TypeDefinition> types) {
        Map<String, List<PropertyDefinition<?>>> result = new LinkedHashMap<>();
        for (TypeDefinition t : types) {
            for (PropertyDefinition<?> d : t.getPropertyDefinitions().values()) {
                if (Boolean.TRUE.equals(d.isInherited())) {
                    result.computeIfAbsent(t.getId(), k -> new ArrayList<>()).add(d);
                }
            }
        }
        return result;
    }

    private AbstractPropertyDefinition<?> property(M2Property p, String defaultValue) {
        PropertyType type = DATA_TYPES.get(p.type());
        if (type == null) {
            return null; // Alfresco does not expose this data type over CMIS
        }
        List<String> choices = listValues(p);
        AbstractPropertyDefinition<?> d = switch (type) {
            case STRING -> {
                PropertyStringDefinitionImpl s = new PropertyStringDefinitionImpl();
                if (defaultValue != null) {
                    s.setDefaultValue(List.of(defaultValue));
                }
                if (!choices.isEmpty()) {
                    s.setChoices(choices.stream().<Choice<String>>map(v -> choice(v, v)).toList());
                    s.setIsOpenChoice(false);
                }
                yield s;
            }
            case ID -> new PropertyIdDefinitionImpl();
            case BOOLEAN -> {
                PropertyBooleanDefinitionImpl b = new PropertyBooleanDefinitionImpl();
                if (defaultValue != null) {
                    b.setDefaultValue(List.of(Boolean.valueOf(defaultValue)));
                }
                yield b;
            }
            case INTEGER -> {
                PropertyIntegerDefinitionImpl i = new PropertyIntegerDefinitionImpl();
                boolean isInt = p.type().equals("d:int");
                i.setMinValue(BigInteger.valueOf(isInt ? Integer.MIN_VALUE : Long.MIN_VALUE));
                i.setMaxValue(BigInteger.valueOf(isInt ? Integer.MAX_VALUE : Long.MAX_VALUE));
                if (defaultValue != null) {
                    i.setDefaultValue(List.of(new BigInteger(defaultValue)));
                }
                yield i;
            }
            case DECIMAL -> {
                PropertyDecimalDefinitionImpl dec = new PropertyDecimalDefinitionImpl();
                if (defaultValue != null) {
                    dec.setDefaultValue(List.of(new BigDecimal(defaultValue)));
                }
                yield dec;
            }
            case DATETIME -> new PropertyDateTimeDefinitionImpl();
            default -> throw new IllegalStateException("unmapped CMIS type " + type);
        };
        d.setId(p.name());
        d.setLocalName(local(p.name()));
        d.setLocalNamespace(model.namespaceUri());
        d.setQueryName(p.name());
        String title = labels.title(model.name(), "property", p.name()).orElse(p.title());
        d.setDisplayName(title != null ? title : p.name());
        d.setDescription(p.description() != null ? p.description() : d.getDisplayName());
        d.setPropertyType(type);
        d.setCardinality(p.multiple() ? Cardinality.MULTI : Cardinality.SINGLE);
        d.setUpdatability(p.protectedValue() ? Updatability.READONLY : Updatability.READWRITE);
        d.setIsInherited(false);
        d.setIsRequired(p.mandatory());
        d.setIsQueryable(p.indexed());
        d.setIsOrderable(orderable(p));
        return d;
    }

    /** Alfresco's rule: single-valued indexed properties, untokenised or of an ordered data type. */
    private static boolean orderable(M2Property p) {
        if (p.multiple() || !p.indexed()) {
            return false;
        }
        String tokenised = p.tokenised() == null ? "true" : p.tokenised();
        if (tokenised.equals("false") || tokenised.equals("both")) {
            return true;
        }
        return switch (p.type()) {
            case "d:boolean", "d:date", "d:datetime", "d:double", "d:float", "d:int", "d:long", "d:path" -> true;
            default -> false;
        };
    }

    private List<String> listValues(M2Property p) {
        List<String> values = new ArrayList<>();
        for (String ref : p.constraintRefs()) {
            model.findConstraint(ref).filter(M2Constraint::isList).ifPresent(c -> values.addAll(c.allowedValues()));
        }
        for (M2Constraint c : p.inlineConstraints()) {
            if (c.isList()) {
                values.addAll(c.allowedValues());
            }
        }
        return values;
    }

    private static ChoiceImpl<String> choice(String displayName, String value) {
        ChoiceImpl<String> c = new ChoiceImpl<>();
        c.setDisplayName(displayName);
        c.setValue(List.of(value));
        return c;
    }

    private static String local(String prefixed) {
        return prefixed.substring(prefixed.indexOf(':') + 1);
    }
}
