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
 * ({@code F:sx:caseFolder}, {@code D:sx:disclosureRecord}, {@code P:sx:...}), and Alfresco's
 * {@code P:cm:titled} (cm:title, cm:description), which the processes' documents carry. The InMemory
 * server instantiates it by class name ({@code InMemoryServer.TypesCreatorClass}).
 */
public final class SanxiangTypeCreator implements TypeCreator {

    /** Alfresco's content model namespace. */
    static final String CM_URI = "http://www.alfresco.org/model/content/1.0";

    @Override
    public List<TypeDefinition> createTypesList() {
        List<TypeDefinition> types = new ArrayList<>();
        types.add(titled());
        types.addAll(CmisTypeDefinitions.sanxiang(Locale.SIMPLIFIED_CHINESE));
        // The model's protected properties (sx:sealed's digests, sx:inspected's intake metadata) are
        // writable here: in Alfresco the repository module sets them through the Java API, which CMIS
        // clients cannot; the standalone runtime has only CMIS, and the InMemory server silently drops
        // read-only values, so a seal would lose its digests and every chain would verify broken.
        for (TypeDefinition type : types) {
            for (PropertyDefinition<?> property : type.getPropertyDefinitions().values()) {
                if (property.getUpdatability() == Updatability.READONLY
                        && property instanceof AbstractPropertyDefinition<?> writable) {
                    writable.setUpdatability(Updatability.READWRITE);
                }
            }
        }
        return types;
    }

    /** {@code P:cm:titled} as Alfresco exposes it over CMIS 1.1. */
    static SecondaryTypeDefinitionImpl titled() {
        SecondaryTypeDefinitionImpl t = new SecondaryTypeDefinitionImpl();
        t.setId("P:cm:titled");
        t.setLocalName("titled");
        t.setLocalNamespace(CM_URI);
        t.setQueryName("cm:titled");
        t.setDisplayName("Titled");
        t.setDescription("Titled");
        t.setBaseTypeId(BaseTypeId.CMIS_SECONDARY);
        t.setParentTypeId(BaseTypeId.CMIS_SECONDARY.value());
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

    private static PropertyStringDefinitionImpl text(String id, String name) {
        PropertyStringDefinitionImpl p = new PropertyStringDefinitionImpl();
        p.setId(id);
        p.setLocalName(id.substring(3));
        p.setLocalNamespace(CM_URI);
        p.setQueryName(id);
        p.setDisplayName(name);
        p.setDescription(name);
        p.setPropertyType(PropertyType.STRING);
        p.setCardinality(Cardinality.SINGLE);
        p.setUpdatability(Updatability.READWRITE);
        p.setIsInherited(false);
        p.setIsQueryable(true);
        p.setIsOrderable(true);
        p.setIsRequired(false);
        return p;
    }
}
