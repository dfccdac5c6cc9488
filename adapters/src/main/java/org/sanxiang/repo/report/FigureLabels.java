package org.sanxiang.repo.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;

import org.sanxiang.model.ModelResources;
import org.sanxiang.model.QName;
import org.sanxiang.model.SanxiangModel;
import org.sanxiang.rules.report.Figure;
import org.sanxiang.rules.report.FigureGroup;

/**
 * Labels of the annual account's figures in one language: the group's own label, and for a
 * breakdown the model's label of the code (the same label Share and the forms show), so a report
 * never spells a category differently from the case it counts.
 */
public final class FigureLabels {

    /** The model constraint whose values a breakdown lists. */
    private static final Map<FigureGroup, QName> BREAKDOWNS = Map.of(
            FigureGroup.CASES_BY_ACTION, SanxiangModel.CONSTRAINT_ACTION_CATEGORIES,
            FigureGroup.CASES_BY_PROCEDURE, SanxiangModel.CONSTRAINT_PROCEDURES,
            FigureGroup.REVIEWS_BY_OPINION, SanxiangModel.CONSTRAINT_OPINION_TYPES);

    private final String language;
    private final Properties model = new Properties();

    /** @param language {@code zh_CN} or {@code en} */
    public FigureLabels(String language) {
        this.language = Objects.requireNonNull(language, "language");
        String bundle = ModelResources.CONTENT_MODEL_LABELS + ("en".equals(language) ? "" : "_" + language) + ".properties";
        try (InputStream in = FigureLabels.class.getClassLoader().getResourceAsStream(bundle)) {
            if (in == null) {
                throw new IllegalStateException("no model labels at " + bundle);
            }
            model.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static FigureLabels of(Locale locale) {
        return new FigureLabels(Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? "en" : "zh_CN");
    }

    public String language() {
        return language;
    }

    /** The group's label. */
    public String group(FigureGroup group) {
        return group.label(language);
    }

    /** The figure's own label: the group's, or for a breakdown row the model's label of its code. */
    public String label(Figure figure) {
        if (figure.item() == null) {
            return group(figure.group());
        }
        QName constraint = BREAKDOWNS.get(figure.group());
        String key = constraint == null ? null
                : "listconstraint." + constraint.toLabelKeyPart() + "." + figure.item();
        return key == null ? figure.item() : model.getProperty(key, figure.item());
    }
}
