package org.sanxiang.standalone.cmis;

import java.util.List;
import java.util.Locale;

import org.apache.chemistry.opencmis.commons.definitions.TypeDefinition;
import org.apache.chemistry.opencmis.inmemory.TypeCreator;
import org.sanxiang.model.cmis.CmisTypeDefinitions;

/**
 * Hands the InMemory server the sx types, generated from the content model with Alfresco's CMIS ids
 * ({@code F:sx:caseFolder}, {@code D:sx:disclosureRecord}, {@code P:sx:...}). The InMemory server
 * instantiates it by class name ({@code InMemoryServer.TypesCreatorClass}).
 */
public final class SanxiangTypeCreator implements TypeCreator {

    @Override
    public List<TypeDefinition> createTypesList() {
        return CmisTypeDefinitions.sanxiang(Locale.SIMPLIFIED_CHINESE);
    }
}
