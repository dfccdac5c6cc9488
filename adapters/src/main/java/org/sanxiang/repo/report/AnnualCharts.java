package org.sanxiang.repo.report;

import java.awt.Color;
import java.awt.Font;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import javax.imageio.ImageIO;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.category.DefaultCategoryDataset;
import org.sanxiang.rules.report.Figure;
import org.sanxiang.rules.report.FigureGroup;

/**
 * The annual account's charts as PNG images (JFreeChart), in the report's language: one bar chart
 * per breakdown and one for the on-time figures. The font is the report's CJK font, so the labels
 * are drawn as characters, not boxes.
 */
public final class AnnualCharts {

    private final FigureLabels labels;
    private final Font font;

    /** @param font a font that has every glyph of the labels (the report's CJK font) */
    public AnnualCharts(FigureLabels labels, Font font) {
        this.labels = Objects.requireNonNull(labels, "labels");
        this.font = Objects.requireNonNull(font, "font");
    }

    /** The charts by title, in the order a report shows them; a breakdown with no rows has no chart. */
    public Map<String, byte[]> charts(List<Figure> figures, int width, int height) {
        Map<String, byte[]> charts = new LinkedHashMap<>();
        for (FigureGroup group : List.of(FigureGroup.CASES_BY_ACTION, FigureGroup.CASES_BY_PROCEDURE,
                FigureGroup.REVIEWS_BY_OPINION)) {
            DefaultCategoryDataset data = new DefaultCategoryDataset();
            figures.stream().filter(f -> f.group() == group)
                    .forEach(f -> data.addValue(f.value(), labels.group(group), labels.label(f)));
            if (data.getColumnCount() > 0) {
                charts.put(labels.group(group), png(bar(labels.group(group), data), width, height));
            }
        }
        boolean en = "en".equals(labels.language());
        DefaultCategoryDataset timeliness = new DefaultCategoryDataset();
        Map<String, FigureGroup[]> kinds = new LinkedHashMap<>();
        kinds.put(en ? "Legal review" : "法制审核", new FigureGroup[] {FigureGroup.REVIEWS_ON_TIME, FigureGroup.REVIEWS_LATE});
        kinds.put(en ? "Disclosure" : "公示", new FigureGroup[] {FigureGroup.DISCLOSURES_ON_TIME, FigureGroup.DISCLOSURES_LATE});
        kinds.put(en ? "Archiving" : "归档", new FigureGroup[] {FigureGroup.ARCHIVED_ON_TIME, FigureGroup.ARCHIVED_LATE});
        kinds.forEach((kind, pair) -> {
            timeliness.addValue(total(figures, pair[0]), en ? "on time" : "按期", kind);
            timeliness.addValue(total(figures, pair[1]), en ? "late" : "逾期", kind);
        });
        String title = en ? "On time and late" : "按期与逾期";
        charts.put(title, png(bar(title, timeliness), width, height));
        return charts;
    }

    private static long total(List<Figure> figures, FigureGroup group) {
        return figures.stream().filter(f -> f.group() == group).mapToLong(Figure::value).sum();
    }

    private JFreeChart bar(String title, DefaultCategoryDataset data) {
        JFreeChart chart = ChartFactory.createBarChart(title, null, null, data, PlotOrientation.VERTICAL, true, false, false);
        chart.setTitle(new TextTitle(title, font.deriveFont(Font.BOLD, 16f)));
        chart.getLegend().setItemFont(font.deriveFont(12f));
        chart.setBackgroundPaint(Color.WHITE);
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        plot.getDomainAxis().setTickLabelFont(font.deriveFont(11f));
        plot.getRangeAxis().setTickLabelFont(font.deriveFont(11f));
        plot.getRangeAxis().setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        ((BarRenderer) plot.getRenderer()).setSeriesPaint(0, new Color(0xB2, 0x22, 0x22));
        ((BarRenderer) plot.getRenderer()).setSeriesPaint(1, new Color(0x55, 0x55, 0x55));
        return chart;
    }

    private static byte[] png(JFreeChart chart, int width, int height) {
        BufferedImage image = chart.createBufferedImage(width, height);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
