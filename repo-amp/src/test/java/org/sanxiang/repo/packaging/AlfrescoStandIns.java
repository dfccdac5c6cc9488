package org.sanxiang.repo.packaging;

import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * Stand-ins for the Alfresco beans our module context builds on (the only thing mocked here:
 * Alfresco itself). They take the same properties as Alfresco's classes, so a misspelt property
 * in our XML fails here as it would in Alfresco:
 * org.alfresco.repo.dictionary.DictionaryBootstrap (setModels, setLabels; init-method bootstrap)
 * and org.alfresco.repo.workflow.WorkflowDeployer (setWorkflowDefinitions, setModels, setLabels).
 */
public final class AlfrescoStandIns {

    private AlfrescoStandIns() {
    }

    public static class DictionaryBootstrap {
        public final List<String> models = new ArrayList<>();
        public final List<String> labels = new ArrayList<>();
        public boolean bootstrapped;

        public void setModels(List<String> models) {
            this.models.addAll(models);
        }

        public void setLabels(List<String> labels) {
            this.labels.addAll(labels);
        }

        public void bootstrap() {
            bootstrapped = true;
        }
    }

    public static class WorkflowDeployer {
        public final List<Properties> workflowDefinitions = new ArrayList<>();
        public final List<String> models = new ArrayList<>();
        public final List<String> labels = new ArrayList<>();

        public void setWorkflowDefinitions(List<Properties> workflowDefinitions) {
            this.workflowDefinitions.addAll(workflowDefinitions);
        }

        public void setModels(List<String> models) {
            this.models.addAll(models);
        }

        public void setLabels(List<String> labels) {
            this.labels.addAll(labels);
        }
    }

    /** Stands for Alfresco's ServiceRegistry, which Alfresco puts into activitiBeanRegistry as "services". */
    public static class ServiceRegistry {
    }
}
