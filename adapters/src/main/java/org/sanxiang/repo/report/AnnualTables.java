package org.sanxiang.repo.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Year;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.sanxiang.rules.report.Figure;

/**
 * The annual account as data for upward reporting (chongqing-2024 公示 第十四条 报本级人民政府和上级主管部门):
 * CSV and XLSX with one row per figure — its stable code (so a provincial system can map it), its
 * label in the report's language and its value.
 */
public final class AnnualTables {

    private static final char BOM = '\uFEFF';

    private AnnualTables() {
    }

    /** UTF-8 CSV (RFC 4180) with a byte-order mark, so spreadsheet programs read the Chinese labels right. */
    public static byte[] csv(Year year, String bureau, List<Figure> figures, FigureLabels labels) {
        StringBuilder out = new StringBuilder().append(BOM);
        row(out, header(labels));
        for (Figure f : figures) {
            row(out, List.of(year.toString(), bureau, f.code(), labels.group(f.group()), labels.label(f), Long.toString(f.value())));
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** One sheet, a header row and one row per figure; values are numbers, not text. */
    public static byte[] xlsx(Year year, String bureau, List<Figure> figures, FigureLabels labels) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet(year + ("en".equals(labels.language()) ? " enforcement" : "年度行政执法数据"));
            CellStyle bold = book.createCellStyle();
            Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row head = sheet.createRow(0);
            List<String> header = header(labels);
            for (int c = 0; c < header.size(); c++) {
                Cell cell = head.createCell(c);
                cell.setCellValue(header.get(c));
                cell.setCellStyle(bold);
            }
            int r = 1;
            for (Figure f : figures) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(year.getValue());
                row.createCell(1).setCellValue(bureau);
                row.createCell(2).setCellValue(f.code());
                row.createCell(3).setCellValue(labels.group(f.group()));
                row.createCell(4).setCellValue(labels.label(f));
                row.createCell(5).setCellValue(f.value());
            }
            for (int c = 0; c < header.size(); c++) {
                sheet.autoSizeColumn(c);
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> header(FigureLabels labels) {
        return "en".equals(labels.language())
                ? List.of("Year", "Bureau", "Code", "Group", "Item", "Value")
                : List.of("年度", "执法机关", "代码", "类别", "项目", "数值");
    }

    private static void row(StringBuilder out, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            String cell = cells.get(i);
            if (cell.indexOf(',') >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0 || cell.indexOf('\r') >= 0) {
                out.append('"').append(cell.replace("\"", "\"\"")).append('"');
            } else {
                out.append(cell);
            }
        }
        out.append("\r\n");
    }
}
