package org.sanxiang.model.m2;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;

/**
 * One language of a model's label bundle, with the keys Alfresco's dictionary looks up
 * (org.alfresco.repo.dictionary.M2Label and ListOfValuesConstraint):
 * <ul>
 * <li>{@code <model>.<type|aspect|property|association>.<item>.title}, where ':' becomes '_'
 * ({@code sx_enforcementModel.type.sx_caseFolder.title});</li>
 * <li>{@code listconstraint.<constraint>.<value>} ({@code listconstraint.sx_procedures.general}).</li>
 * </ul>
 * The files are read with {@link Properties#load(InputStream)}: ISO-8859-1 with {@code \\uXXXX}
 * escapes, the one encoding every properties loader (Java's, Spring's, Alfresco's) agrees on.
 */
public final class ModelLabels {

    private final Properties properties;
    private final String source;

    public ModelLabels(Properties properties, String source) {
        this.properties = properties;
        this.source = source;
    }

    /**
     * Loads {@code <baseName>_<locale>.properties} (or {@code <baseName>.properties} for
     * {@link Locale#ROOT} and English) from the classpath.
     */
    public static ModelLabels load(String baseName, Locale locale) {
        String suffix = locale.equals(Locale.ROOT) || locale.getLanguage().equals("en") ? "" : "_" + locale;
        String resource = baseName + suffix + ".properties";
        try (InputStream in = ModelLabels.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new ModelFormatException(resource + ": label bundle not found on the classpath");
            }
            Properties p = new Properties();
            p.load(in);
            return new ModelLabels(p, resource);
        } catch (IOException e) {
            throw new ModelFormatException(resource + ": cannot read: " + e.getMessage(), e);
        }
    }

    public String source() {
        return source;
    }

    public Properties properties() {
        Properties copy = new Properties();
        copy.putAll(properties);
        return copy;
    }

    /** The key of an item's title; {@code segment} is type, aspect, property or association. */
    public static String titleKey(String modelName, String segment, String itemName) {
        return (modelName + "." + segment + "." + itemName + ".title").replace(':', '_');
    }

    /** The key of a LIST constraint value's label. */
    public static String constraintValueKey(String constraintName, String value) {
        return ("listconstraint." + constraintName + "." + value).replace(':', '_');
    }

    public Optional<String> title(String modelName, String segment, String itemName) {
        return Optional.ofNullable(properties.getProperty(titleKey(modelName, segment, itemName)));
    }

    public Optional<String> constraintValue(String constraintName, String value) {
        return Optional.ofNullable(properties.getProperty(constraintValueKey(constraintName, value)));
    }
}
