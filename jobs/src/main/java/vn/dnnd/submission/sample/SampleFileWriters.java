package vn.dnnd.submission.sample;

import static vn.dnnd.submission.template.TemplateLayout.*;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import vn.dnnd.submission.parse.JsonSubmissionParser;
import vn.dnnd.submission.parse.VietnameseNumber;

/** Writes a sample submission as each channel's users would: a filled template, a long CSV, a JSON file. */
final class SampleFileWriters {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private SampleFileWriters() {
    }

    static String csv(SampleSubmission s) {
        StringBuilder csv = new StringBuilder("organisation;period;indicator;value;note\r\n");
        String prefix = s.reporter().code() + ";" + s.period().code() + ";";
        s.answers().forEach((code, answer) -> csv.append(prefix).append(code).append(';').append(csvValue(answer))
                .append(";\r\n"));
        for (SampleSubmission.Narrative n : s.narratives()) {
            csv.append(prefix).append('T').append(n.task()).append(':').append(n.section()).append(";\"")
                    .append(n.text().replace("\"", "\"\"")).append("\";\r\n");
        }
        return csv.toString();
    }

    private static String csvValue(Object answer) {
        if (answer instanceof Boolean yes) {
            return yes ? "có" : "không";
        }
        if (answer instanceof BigDecimal number) {
            return VietnameseNumber.format(number);
        }
        return SampleSubmission.NOT_APPLICABLE.equals(answer) ? "Không áp dụng" : answer.toString();
    }

    static String json(SampleSubmission s) {
        ObjectNode root = JSON.createObjectNode();
        root.put("schema", JsonSubmissionParser.SCHEMA).put("organisation", s.reporter().code())
                .put("period", s.period().code()).put("submitted_by", s.submittedBy());
        ArrayNode values = root.putArray("values");
        s.answers().forEach((code, answer) -> {
            ObjectNode value = values.addObject().put("indicator", code);
            if (answer instanceof Boolean yes) {
                value.put("value", yes);
            } else if (answer instanceof BigDecimal number) {
                value.put("value", number);
            } else if (SampleSubmission.NOT_APPLICABLE.equals(answer)) {
                value.put("not_applicable", true);
            } else {
                value.put("value", answer.toString());
            }
        });
        ArrayNode narratives = root.putArray("narratives");
        s.narratives().forEach(n -> narratives.addObject().put("task", n.task()).put("section", n.section()).put("text", n.text()));
        ArrayNode activities = root.putArray("activities");
        s.activities().forEach(a -> activities.addObject().put("task", a.task()).put("date", a.date().toString())
                .put("kind", a.kind()).put("partner_country", a.partnerCountry()).put("partner_organisation", a.partnerOrg())
                .put("participants", a.participants()).put("amount_vnd", a.amount()).put("description", a.description()));
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root);
    }

    /** Fills the organisation's own template as a clerk would, and returns the saved workbook. */
    static byte[] xlsx(SampleSubmission s, XSSFWorkbook template) {
        try (XSSFWorkbook workbook = template) {
            Sheet indicators = workbook.getSheet(INDICATORS_SHEET);
            indicators.getRow(PREPARED_BY_ROW).getCell(PREPARED_BY_COLUMN).setCellValue(s.submittedBy());
            for (Row row : indicators) {
                Cell code = row.getRowNum() < INDICATOR_FIRST_ROW ? null : row.getCell(COL_CODE);
                Object answer = code == null ? null : s.answers().get(code.getStringCellValue());
                if (answer instanceof Boolean yes) {
                    row.getCell(COL_VALUE).setCellValue(yes ? YES : NO);
                } else if (answer instanceof BigDecimal number) {
                    row.getCell(COL_VALUE).setCellValue(number.doubleValue());
                } else if (SampleSubmission.NOT_APPLICABLE.equals(answer)) {
                    row.getCell(COL_NOT_APPLICABLE).setCellValue(NOT_APPLICABLE);
                } else if (answer instanceof String text) {
                    row.getCell(COL_VALUE).setCellValue(text);
                }
            }
            Sheet narrative = workbook.getSheet(NARRATIVE_SHEET);
            for (SampleSubmission.Narrative n : s.narratives()) {
                int row = NARRATIVE_FIRST_ROW + (n.task() - 1) * 4 + sectionIndex(n.section());
                narrative.getRow(row).getCell(NARR_TEXT).setCellValue(n.text());
            }
            Sheet activities = workbook.getSheet(ACTIVITIES_SHEET);
            int r = ACTIVITY_FIRST_ROW;
            for (SampleSubmission.Activity a : s.activities()) {
                Row row = activities.createRow(r++);
                cell(row, 0).setCellValue(a.task());
                cell(row, 1).setCellValue(a.date());
                cell(row, 2).setCellValue(a.kind());
                cell(row, 3).setCellValue(a.partnerCountry());
                cell(row, 4).setCellValue(a.partnerOrg());
                cell(row, 5).setCellValue(a.participants());
                cell(row, 6).setCellValue(a.amount().doubleValue());
                cell(row, 7).setCellValue(a.description());
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A new cell takes its column's style, as Excel gives it to a cell the clerk types into. */
    private static Cell cell(Row row, int column) {
        Cell cell = row.createCell(column);
        cell.setCellStyle(row.getSheet().getColumnStyle(column));
        return cell;
    }

    private static int sectionIndex(String section) {
        return Map.of("achievements", 0, "limitations", 1, "causes", 2, "proposals", 3).get(section);
    }
}
