package org.sanxiang.repo.packaging;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.ResourceBundle;

import org.springframework.beans.factory.BeanClassLoaderAware;
import org.springframework.beans.factory.FactoryBean;
import org.springframework.beans.factory.InitializingBean;

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

    /** Stand-ins for the Alfresco classes our XML names, by class name. */
    static final Map<String, Class<?>> FOR_ALFRESCO_CLASS = Map.of(
            "org.alfresco.i18n.ResourceBundleBootstrapComponent", ResourceBundleBootstrapComponent.class,
            "org.alfresco.schedule.AlfrescoSchedulerAccessorBean", SchedulerAccessor.class,
            "org.springframework.scheduling.quartz.JobDetailFactoryBean", JobDetail.class,
            "org.springframework.scheduling.quartz.CronTriggerFactoryBean", CronTrigger.class);

    /** Stands for an Alfresco service bean that our beans only pass on (jobLockService, schedulerFactory ...). */
    public static class Service {
    }

    /** Stands for Alfresco's activitiProcessEngine: a ProcessEngine that nothing may call at start-up. */
    public static class ProcessEngine implements FactoryBean<Object>, BeanClassLoaderAware {
        private ClassLoader loader;

        @Override
        public void setBeanClassLoader(ClassLoader classLoader) {
            this.loader = classLoader;
        }

        @Override
        public Object getObject() throws ClassNotFoundException {
            Class<?> type = Class.forName("org.activiti.engine.ProcessEngine", false, loader);
            return Proxy.newProxyInstance(loader, new Class<?>[] {type}, (proxy, method, args) -> switch (method.getName()) {
                case "toString" -> "stand-in for activitiProcessEngine";
                case "hashCode" -> System.identityHashCode(proxy);
                case "equals" -> proxy == args[0];
                default -> throw new UnsupportedOperationException("activitiProcessEngine." + method.getName()
                        + " is Alfresco's, not called in the packaging test");
            });
        }

        @Override
        public Class<?> getObjectType() {
            return null;
        }
    }

    /**
     * Stands for Spring's JobDetailFactoryBean (setJobClass, setJobDataAsMap): the job class must be
     * one of our adapter classes with a source (Quartz instantiates it in Alfresco), the data map must
     * name the job and its work.
     */
    public static class JobDetail implements InitializingBean {
        public String jobClass;
        public final Map<String, Object> jobData = new java.util.LinkedHashMap<>();

        public void setJobClass(String jobClass) {
            this.jobClass = jobClass;
        }

        public void setJobDataAsMap(Map<String, ?> jobDataAsMap) {
            jobData.putAll(jobDataAsMap);
        }

        @Override
        public void afterPropertiesSet() {
            if (jobClass == null || !AdapterSources.isAdapterClass(jobClass) || !AdapterSources.ofModule().exists(jobClass)) {
                throw new IllegalStateException("jobClass " + jobClass + " is no adapter class with a source");
            }
            for (String key : List.of("name", "work", "jobLockService", "transactionHelper")) {
                if (jobData.get(key) == null) {
                    throw new IllegalStateException("job data has no '" + key + "': " + jobData.keySet());
                }
            }
        }
    }

    /** Stands for Spring's CronTriggerFactoryBean; the cron expression is parsed (Spring's parser reads Quartz's '?'). */
    public static class CronTrigger implements InitializingBean {
        public Object jobDetail;
        public String cronExpression;
        public long startDelay;

        public void setJobDetail(JobDetail jobDetail) {
            this.jobDetail = jobDetail;
        }

        public void setCronExpression(String cronExpression) {
            this.cronExpression = cronExpression;
        }

        public void setStartDelay(long startDelay) {
            this.startDelay = startDelay;
        }

        @Override
        public void afterPropertiesSet() {
            if (jobDetail == null) {
                throw new IllegalStateException("a cron trigger without jobDetail");
            }
            org.springframework.scheduling.support.CronExpression.parse(cronExpression);
        }
    }

    /** Stands for org.alfresco.schedule.AlfrescoSchedulerAccessorBean (setScheduler, setEnabled, setTriggers). */
    public static class SchedulerAccessor {
        public Object scheduler;
        public boolean enabled;
        public final List<CronTrigger> triggers = new ArrayList<>();

        public void setScheduler(Service scheduler) {
            this.scheduler = scheduler;
        }

        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        public void setTriggers(List<CronTrigger> triggers) {
            this.triggers.addAll(triggers);
        }
    }

    /**
     * Stands for org.alfresco.i18n.ResourceBundleBootstrapComponent (setResourceBundles), and checks
     * what Alfresco would do with each name: load it as a resource bundle, here from the AMP's jars.
     */
    public static class ResourceBundleBootstrapComponent implements BeanClassLoaderAware, InitializingBean {
        public final List<String> resourceBundles = new ArrayList<>();
        public final List<ResourceBundle> loaded = new ArrayList<>();
        private ClassLoader loader;

        public void setResourceBundles(List<String> resourceBundles) {
            this.resourceBundles.addAll(resourceBundles);
        }

        @Override
        public void setBeanClassLoader(ClassLoader classLoader) {
            this.loader = classLoader;
        }

        @Override
        public void afterPropertiesSet() {
            for (String name : resourceBundles) {
                loaded.add(ResourceBundle.getBundle(name, Locale.SIMPLIFIED_CHINESE, loader));
            }
        }
    }

    /**
     * Stands for one of our adapter classes (org.sanxiang.alfresco.*, compiled only against Alfresco):
     * a proxy of the interfaces of ours it implements, loaded from the AMP, so the beans that take it
     * are built as in Alfresco. Calling it fails: the adapter itself is Alfresco's business.
     */
    public static class AdapterStandIn implements FactoryBean<Object>, BeanClassLoaderAware {
        private String adapterClass;
        private List<String> interfaceNames = List.of();
        private ClassLoader loader;

        public void setAdapterClass(String adapterClass) {
            this.adapterClass = adapterClass;
        }

        public void setInterfaceNames(List<String> interfaceNames) {
            this.interfaceNames = List.copyOf(interfaceNames);
        }

        @Override
        public void setBeanClassLoader(ClassLoader classLoader) {
            this.loader = classLoader;
        }

        @Override
        public Object getObject() throws ClassNotFoundException {
            if (interfaceNames.isEmpty()) {
                return new Object() {
                    @Override
                    public String toString() {
                        return "stand-in for " + adapterClass;
                    }
                };
            }
            Class<?>[] interfaces = new Class<?>[interfaceNames.size()];
            for (int i = 0; i < interfaces.length; i++) {
                interfaces[i] = Class.forName(interfaceNames.get(i), false, loader);
            }
            return Proxy.newProxyInstance(loader, interfaces, (proxy, method, args) -> switch (method.getName()) {
                case "toString" -> "stand-in for " + adapterClass;
                case "hashCode" -> System.identityHashCode(proxy);
                case "equals" -> proxy == args[0];
                default -> throw new UnsupportedOperationException(adapterClass + "." + method.getName()
                        + " runs only in Alfresco, not in the packaging test");
            });
        }

        @Override
        public Class<?> getObjectType() {
            return null;
        }
    }
}
