package org.sanxiang.workflow.engine;

import java.util.List;

import org.activiti.engine.ProcessEngine;
import org.activiti.engine.repository.Deployment;
import org.activiti.engine.repository.DeploymentBuilder;

/**
 * The BPMN files of the module, under {@value #CLASSPATH_ROOT} (the same files the repository AMP
 * deploys into Alfresco through its workflow deployer).
 */
public final class SxProcessDefinitions {

    /** Classpath folder of the BPMN files. */
    public static final String CLASSPATH_ROOT = "alfresco/module/sanxiang-repo/workflow/";

    /** Every process the module ships, by key; each lives in {@code <key>.bpmn20.xml}. */
    public static final List<String> PROCESS_KEYS =
            List.of("sxLegalReview", "sxDisclosure", "sxCaseRecord", "sxRetention", "sxAccess", "sxObjection",
                    "sxAnnualReport");

    private SxProcessDefinitions() {
    }

    public static String resourceFor(String processKey) {
        return CLASSPATH_ROOT + processKey + ".bpmn20.xml";
    }

    /**
     * Deploys every shipped process in one deployment. Activiti keeps older versions; running
     * instances stay on the version they started with.
     */
    public static Deployment deployAll(ProcessEngine engine) {
        DeploymentBuilder deployment = engine.getRepositoryService().createDeployment().name("sanxiang")
                .enableDuplicateFiltering();
        ClassLoader loader = SxProcessDefinitions.class.getClassLoader();
        for (String key : PROCESS_KEYS) {
            String resource = resourceFor(key);
            if (loader.getResource(resource) == null) {
                throw new IllegalStateException("process file missing from the classpath: " + resource);
            }
            deployment.addClasspathResource(resource);
        }
        return deployment.deploy();
    }
}
