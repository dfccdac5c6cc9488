package org.sanxiang.model;

/** Classpath locations of the Sanxiang models and their label bundles (root: alfresco/module/sanxiang-repo/). */
public final class ModelResources {

    /** Classpath root of the repository module's resources. */
    public static final String MODULE_ROOT = "alfresco/module/sanxiang-repo/";

    /** The content model {@code sx}. */
    public static final String CONTENT_MODEL = MODULE_ROOT + "model/sxModel.xml";
    /** The workflow task model {@code sxwf}. */
    public static final String WORKFLOW_MODEL = MODULE_ROOT + "model/sxWorkflowModel.xml";

    /** Base name of the content model's labels (Alfresco message bundle, as a classpath path without suffix). */
    public static final String CONTENT_MODEL_LABELS = MODULE_ROOT + "messages/sx-model";
    /** Base name of the workflow model's labels. */
    public static final String WORKFLOW_MODEL_LABELS = MODULE_ROOT + "messages/sxwf-model";

    private ModelResources() {
    }
}
