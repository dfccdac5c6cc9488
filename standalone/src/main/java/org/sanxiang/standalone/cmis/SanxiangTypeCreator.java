package org.sanxiang.standalone.cmis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.chemistry.opencmis.commons.definitions.PropertyDefinition;
import org.apache.chemistry.opencmis.commons.definitions.TypeDefinition;
import org.apache.chemistry.opencmis.commons.enums.BaseTypeId;
import org.apache.chemistry.opencmis.commons.enums.Cardinality;
import org.apache.chemistry.opencmis.commons.enums.PropertyType;
import org.apache.chemistry.opencmis.commons.enums.Updatability;
import org.apache.chemistry.opencmis.commons.impl.dataobjects.AbstractPropertyDefinition;
import org.apache.chemistry.opencmis.commons.impl.dataobjects.PropertyStringDefinitionImpl;
import org.apache.chemistry.opencmis.commons.impl.dataobjects.SecondaryTypeDefinitionImpl;
import org.apache.chemistry.opencmis.inmemory.TypeCreator;
import org.sanxiang.model.cmis.CmisTypeDefinitions;

/**
 * Hands the InMemory server the sx types, generated from the content model with Alfresco's CMIS ids
 * ({@code F:sx:caseFolder}, {@code D:sx:disclosureRecord}, {@code P:sx:...}), plus Alfresco's
 * {@code P:cm:titled} ({@code cm:title}, {@code cm:description}), which the workflows' documents
 * (seal manifest, opinions, transfer lists) carry. The InMemory server instantiates it by class name
 * ({@code InMemoryServer.TypesCreatorClass}).
 *
 * <p>One difference from Alfresco: the model's protected properties ({@code sx:sealed}'s digests,
 * {@code sx:inspected}'s intake metadata) are writable here. In Alfresco the repository module sets
 * them through the Java API, which CMIS clients cannot; the standalone runtime has only CMIS, and the
 * InMemory server silently drops read-only values, so a seal would lose its digests.
 */
public final class SanxiangTypeCreator implements TypeCreator {

    /** Alfresco's CMIS id of the cm:titled aspect. */
    public static final String TITLED = "P:cm:titled";
    private static final String CM_URI = "http://www.alfresco.org/model/content/1.0";

    @Override
    public List<TypeDefinition> createTypesList() {
        List<TypeDefinition> types = new ArrayList<>(CmisTypeDefinitions.sanxiang(Locale.SIMPLIFIED_CHINESE));
        for (TypeDefinition type : types) {
            for (PropertyDefinition<?> property : type.getPropertyDefinitions().values()) {
                if (property.getUpdatability() == Updatability.READONLY
                        && property instanceof AbstractPropertyDefinition<?> writable) {
                    writable.setUpdatability(Updatability.READWRITE);
                }
            }
        }
        types.add(titled());
        return types;
    }

    private static TypeDefinition titled() {
        SecondaryTypeDefinitionImpl t = new SecondaryTypeDefinitionImpl();
        t.setId(TITLED);
        t.setBaseTypeId(BaseTypeId.CMIS_SECONDARY);
        t.setParentTypeId(BaseTypeId.CMIS_SECONDARY.value());
        t.setLocalName("titled");
        t.setLocalNamespace(CM_URI);
        t.setQueryName("cm:titled");
        t.setDisplayName("Titled");
        t.setDescription("Titled");
        t.setIsCreatable(false);
        t.setIsFileable(false);
        t.setIsQueryable(true);
        t.setIsFulltextIndexed(true);
        t.setIsControllablePolicy(false);
        t.setIsControllableAcl(false);
        t.setIsIncludedInSupertypeQuery(true);
        t.addPropertyDefinition(text("cm:title", "Title"));
        t.addPropertyDefinition(text("cm:description", "Description"));
        return t;
    }

    private static PropertyStringDefinitionImpl text(String id, String title) {
        PropertyStringDefinitionImpl d = new PropertyStringDefinitionImpl();
        d.setId(id);
        d.setLocalName(id.substring(3));
        d.setLocalNamespace(CM_URI);
        d.setQueryName(id);
        d.setDisplayName(title);
        d.setDescription(title);
        d.setPropertyType(PropertyType.STRING);
        d.setCardinality(Cardinality.SINGLE);
        d.setUpdatability(Updatability.READWRITE);
        d.setIsInherited(false);
        d.setIsRequired(false);
        d.setIsQueryable(true);
        d.setIsOrderable(true);
        return d;
    }
}
