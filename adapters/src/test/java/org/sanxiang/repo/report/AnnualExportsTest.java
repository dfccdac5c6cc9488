package org.sanxiang.repo.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Font;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.sanxiang.rules.report.AnnualAccount;
import org.sanxiang.rules.report.CaseRow;
import org.sanxiang.rules.report.Figure;
import org.sanxiang.rules.report.OpinionRow;

class AnnualExportsTest {

    private static List<Figure> figures() {
        AnnualAccount account = new AnnualAccount(Year.of(2026));
        account.add(new CaseRow("c1", "penalty", "general", LocalDate.of(2026, 3, 1), LocalDate.of(2026, 4, 1),
                new BigDecimal("5000"), true, null, null));
        account.add(new CaseRow("c2", "licence", "summary", LocalDate.of(2026, 3, 2), null, null, null, null, null));
        account.add(new OpinionRow("c1", "agree", LocalDate.of(2026, 3, 20), LocalDate.of(2026, 3, 25)));
        return account.figures();
    }

    @Test
    @DisplayName("chongqing-2024 公示 第十四条 报上级主管部门: the CSV names each figure by code and by the model's Chinese label")
    void csvInChinese() {
        String csv = new String(AnnualTables.csv(Year.of(2026), "重庆市人力资源和社会保障局", figures(), new FigureLabels("zh_CN")),
                StandardCharsets.UTF_8);
        assertTrue(csv.startsWith("\uFEFF年度,执法机关,代码,类别,项目,数值\r\n"), csv);
        assertTrue(csv.contains("2026,重庆市人力资源和社会保障局,cases.byAction.penalty,按执法行为分类,行政处罚,1\r\n"), csv);
        assertTrue(csv.contains(",cases.byProcedure.summary,按程序分类,简易程序,1\r\n"), csv);
        assertTrue(csv.contains(",reviews.byOpinion.agree,按审核意见分类,同意,1\r\n"), csv);
        assertTrue(csv.contains(",fines.yuan,罚款金额（元）,罚款金额（元）,5000\r\n"), csv);
        String en = new String(AnnualTables.csv(Year.of(2026), "Bureau, \"Chongqing\"", figures(), new FigureLabels("en")),
                StandardCharsets.UTF_8);
        assertTrue(en.contains("2026,\"Bureau, \"\"Chongqing\"\"\",cases.filed,Cases filed,Cases filed,2\r\n"), en);
    }

    @Test
    @DisplayName("the XLSX holds the same rows, values as numbers")
    void xlsx() throws Exception {
        List<Figure> figures = figures();
        byte[] bytes = AnnualTables.xlsx(Year.of(2026), "重庆市人力资源和社会保障局", figures, new FigureLabels("zh_CN"));
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            Sheet sheet = book.getSheetAt(0);
            assertEquals("2026年度行政执法数据", sheet.getSheetName());
            assertEquals(figures.size(), sheet.getLastRowNum());
            assertEquals("代码", sheet.getRow(0).getCell(2).getStringCellValue());
            for (int r = 1; r <= figures.size(); r++) {
                Figure f = figures.get(r - 1);
                assertEquals(f.code(), sheet.getRow(r).getCell(2).getStringCellValue());
                assertEquals(CellType.NUMERIC, sheet.getRow(r).getCell(5).getCellType());
                assertEquals(f.value(), (long) sheet.getRow(r).getCell(5).getNumericCellValue());
            }
        }
    }

    @Test
    @DisplayName("charts are PNGs of the asked size, one per breakdown with rows and one for timeliness; the font draws every label")
    void charts() throws Exception {
        File ttc = new File("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc");
        assertTrue(ttc.isFile(), "a CJK TrueType font is needed: ./run.sh installs fonts-wqy-microhei on Debian");
        Font font = Font.createFonts(ttc)[0];
        FigureLabels labels = new FigureLabels("zh_CN");
        List<Figure> figures = figures();
        Map<String, byte[]> charts = new AnnualCharts(labels, font).charts(figures, 640, 360);
        assertEquals(List.of("按执法行为分类", "按程序分类", "按审核意见分类", "按期与逾期"), List.copyOf(charts.keySet()));
        String out = System.getProperty("sanxiang.charts.out");
        int n = 0;
        for (byte[] png : charts.values()) {
            if (out != null) {
                java.nio.file.Files.write(java.nio.file.Path.of(out, "chart-" + (n++) + ".png"), png);
            }
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
            assertEquals(640, image.getWidth());
            assertEquals(360, image.getHeight());
        }
        for (Figure f : figures) {
            assertEquals(-1, font.canDisplayUpTo(labels.label(f)), labels.label(f));
        }
    }
}
