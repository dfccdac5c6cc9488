package org.sanxiang.repo.packaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** What the packaging test learns from the adapter's sources, which the default build does not compile. */
class AdapterSourcesTest {

    final AdapterSources sources = AdapterSources.ofModule();

    @Test
    @DisplayName("the interfaces of an adapter class come from its implements clause and imports, generics dropped, nested ones binary")
    void interfaces() {
        assertEquals(List.of("org.sanxiang.repo.node.RepositoryNodes"), sources.interfaces("org.sanxiang.alfresco.AlfrescoNodes"));
        assertEquals(List.of("java.util.function.Function"), sources.interfaces("org.sanxiang.alfresco.BpmPackageNode"));
        assertEquals(List.of("org.alfresco.repo.node.NodeServicePolicies$OnCreateChildAssociationPolicy",
                "org.alfresco.repo.content.ContentServicePolicies$OnContentUpdatePolicy"),
                sources.interfaces("org.sanxiang.alfresco.behaviour.SealOnAddBehaviours"));
    }

    @Test
    @DisplayName("a class exists when its source file does")
    void exists() {
        assertTrue(sources.exists("org.sanxiang.alfresco.AlfrescoMailer"));
        assertFalse(sources.exists("org.sanxiang.alfresco.AlfrescoMailr"));
        assertTrue(AdapterSources.isAdapterClass("org.sanxiang.alfresco.behaviour.IntakeBehaviour"));
        assertFalse(AdapterSources.isAdapterClass("org.sanxiang.repo.node.NodeValues"));
    }
}
