package org.sanxiang.standalone.console;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;

import freemarker.core.HTMLOutputFormat;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModelException;
import freemarker.template.utility.DeepUnwrap;

/**
 * The console's FreeMarker templates ({@code *.ftlh} under this package): every template in the HTML output
 * format, so every {@code ${...}} is escaped; nothing is marked safe but the markup the templates write.
 */
final class Templates {

    static final String ROOT = "/org/sanxiang/standalone/console/";

    private final Configuration config;
    private final ConsoleMessages messages;

    Templates(ConsoleMessages messages) {
        this.messages = messages;
        config = new Configuration(Configuration.VERSION_2_3_34);
        config.setClassForTemplateLoading(Templates.class, ROOT + "templates/");
        config.setDefaultEncoding("UTF-8");
        config.setOutputFormat(HTMLOutputFormat.INSTANCE);
        config.setRecognizeStandardFileExtensions(true);
        config.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        config.setLogTemplateExceptions(false);
        config.setWrapUncheckedExceptions(true);
        config.setFallbackOnNullLoopVariable(false);
        config.setObjectWrapper(new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34).build());
        config.setNumberFormat("computer");
        config.setBooleanFormat("c");
        config.setOutputEncoding("UTF-8");
        config.setURLEscapingCharset("UTF-8");
        config.setAPIBuiltinEnabled(false);
    }

    /** Renders {@code name.ftlh} with the model and a {@code t(key, args...)} bound to the page's language. */
    String render(String name, Map<String, Object> model, boolean chinese) {
        model.put("t", (TemplateMethodModelEx) args -> translate(args, chinese));
        StringWriter out = new StringWriter();
        try {
            config.getTemplate(name + ".ftlh").process(model, out);
        } catch (IOException | TemplateException e) {
            throw new IllegalStateException("template " + name + ": " + e.getMessage(), e);
        }
        return out.toString();
    }

    private Object translate(List<?> args, boolean chinese) throws TemplateModelException {
        if (args.isEmpty()) {
            throw new TemplateModelException("t(key, ...) needs a key");
        }
        String key = String.valueOf(DeepUnwrap.unwrap((freemarker.template.TemplateModel) args.get(0)));
        Object[] rest = new Object[args.size() - 1];
        for (int i = 1; i < args.size(); i++) {
            rest[i - 1] = DeepUnwrap.unwrap((freemarker.template.TemplateModel) args.get(i));
        }
        return messages.format(key, chinese, rest);
    }
}
