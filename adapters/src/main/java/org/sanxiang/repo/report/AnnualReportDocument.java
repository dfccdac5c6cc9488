package org.sanxiang.repo.report;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Year;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import org.sanxiang.rules.report.Figure;
import org.sanxiang.rules.report.FigureGroup;
import org.sanxiang.workflow.document.Block;
import org.sanxiang.workflow.document.OfficialDocument;

/**
 * The annual account as an official document the renderers draw as PDF/A and OFD: the bureau and year,
 * one table per group of figures (item, value, the figure's code for upward reporting) and the charts,
 * in the report's language. chongqing-2024 公示 第十四条 (published and reported by 31 January);
 * tianjin-2019 三（一）3（3） (a written report by 15 January).
 */
public final class AnnualReportDocument {

    /** The articles that ask for the report. */
    public static final String BASIS = "chongqing-2024 公示 第十四条; tianjin-2019 实施方案 三（一）3（3）";

    private AnnualReportDocument() {
    }

    /**
     * @param charts the charts by title (PNG), as {@link AnnualCharts#charts} makes them
     */
    public static OfficialDocument of(Year year, String bureau, List<Figure> figures, FigureLabels labels,
            Map<String, byte[]> charts) {
        boolean en = "en".equals(labels.language());
        String title = en ? bureau + ": enforcement statistics " + year : bureau + year + "年度行政执法数据统计报告";
        String period = en ? "Period: 1 January to 31 December " + year : "统计期间：" + year + "年1月1日至12月31日";
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Paragraph(en
                ? "The figures below are counted from the case files, records and disclosures in the repository; each can be"
                        + " traced to its cases by its code."
                : "以下数据根据案卷、执法全过程记录和公示信息统计，每项数据可按其代码追溯到对应案件。"));
        Map<FigureGroup, List<Figure>> byGroup = new LinkedHashMap<>();
        for (Figure f : figures) {
            byGroup.computeIfAbsent(f.group(), g -> new ArrayList<>()).add(f);
        }
        List<String> headers = en ? List.of("Item", "Value", "Code") : List.of("项目", "数值", "代码");
        byGroup.forEach((group, rows) -> {
            blocks.add(new Block.Paragraph(labels.group(group)));
            blocks.add(new Block.ListTable(headers, List.of(5, 2, 4),
                    rows.stream().map(f -> List.of(labels.label(f), Long.toString(f.value()), f.code())).toList()));
        });
        charts.forEach((caption, png) -> {
            BufferedImage image = read(png);
            blocks.add(new Block.Picture(caption, png, image.getWidth(), image.getHeight()));
        });
        return new OfficialDocument(title, period, blocks, BASIS);
    }

    private static BufferedImage read(byte[] png) {
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
            if (image == null) {
                throw new IllegalArgumentException("a chart is not a PNG");
            }
            return image;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
