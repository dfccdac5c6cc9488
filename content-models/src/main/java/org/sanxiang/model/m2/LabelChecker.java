package org.sanxiang.model.m2;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks a model's labels in one language: every type, aspect, property, association and LIST
 * constraint value has a title, no key names something the model does not define, and the text is
 * in the expected language (Chinese labels contain Chinese; English labels contain none).
 */
public final class LabelChecker {

    /** Which language a bundle is meant to be in. */
    public enum Language { ENGLISH, CHINESE }

    private static final Pattern CJK = Pattern.compile("[\\u3400-\\u9fff]");

    private LabelChecker() {
    }

    /** The keys Alfresco will look up for this model (titles and constraint values it defines). */
    public static Set<String> expectedKeys(M2Model model) {
        Set<String> keys = new LinkedHashSet<>();
        for (M2Class c : model.classes()) {
            keys.add(ModelLabels.titleKey(model.name(), c.kind().element(), c.name()));
            for (M2Property p : c.properties()) {
                keys.add(ModelLabels.titleKey(model.name(), "property", p.name()));
                for (M2Constraint ic : p.inlineConstraints()) {
                    listKeys(ic, keys);
                }
            }
            for (M2Association a : c.associations()) {
                keys.add(ModelLabels.titleKey(model.name(), "association", a.name()));
            }
        }
        for (M2Constraint c : model.constraints()) {
            listKeys(c, keys);
        }
        return keys;
    }

    private static void listKeys(M2Constraint c, Set<String> keys) {
        if (c.isList()) {
            for (String v : c.allowedValues()) {
                keys.add(ModelLabels.constraintValueKey(c.name(), v));
            }
        }
    }

    /** Problems with one bundle, each naming the bundle and the key. */
    public static List<String> check(M2Model model, ModelLabels labels, Language language) {
        List<String> problems = new ArrayList<>();
        Set<String> expected = expectedKeys(model);
        Properties p = labels.properties();
        for (String key : expected) {
            String value = p.getProperty(key);
            if (value == null || value.isBlank()) {
                problems.add(labels.source() + ": missing label " + key);
            } else if (language == Language.CHINESE && !CJK.matcher(value).find()) {
                problems.add(labels.source() + ": label " + key + " is not Chinese: '" + value + "'");
            } else if (language == Language.ENGLISH && CJK.matcher(value).find()) {
                problems.add(labels.source() + ": label " + key + " is not English: '" + value + "'");
            }
        }
        for (String key : p.stringPropertyNames()) {
            if (!expected.contains(key)) {
                problems.add(labels.source() + ": label " + key + " names nothing in " + model.source());
            }
        }
        return problems;
    }
}
