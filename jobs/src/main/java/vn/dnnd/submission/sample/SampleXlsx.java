package vn.dnnd.submission.sample;

import static vn.dnnd.submission.template.TemplateLayout.*;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.model.SharedStringsTable;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.dnnd.submission.template.NarrativeSection;
import vn.dnnd.submission.template.TemplateContent;
import vn.dnnd.submission.template.TemplateTexts;

/**
 * A filled template, as a clerk returns it, written fast: the blank template of a kind and period is
 * built once with POI; each organisation's file is that workbook's parts with the cells that name the
 * organisation re-addressed and the input cells filled (shared strings and the template's own styles,
 * as Excel saves them). Building and saving the sheets with POI for every file was 90 % of the sample.
 */
final class SampleXlsx {

    private static final List<String> SECTIONS = NarrativeSection.inTemplate().stream().map(NarrativeSection::code).toList();

    private final Map<String, byte[]> entries = new LinkedHashMap<>();
    private final List<String> strings = new ArrayList<>();
    private final Map<String, Integer> stringIndex = new HashMap<>();
    private final Map<String, Integer> codeRow = new HashMap<>();
    private final String sharedStringsPart;
    private final String indicatorsPart;
    private final String narrativePart;
    private final String activitiesPart;
    private final int organisationLine;
    private final int generatedLine;
    private final int title;
    private final int[] metaValues;
    private final String[] activityStyles = new String[8];
    private final long entryTime;

    /** Reads what it needs from the blank template POI built, then keeps its saved parts. */
    SampleXlsx(XSSFWorkbook blank, LocalDateTime generatedAt) throws IOException {
        SharedStringsTable sst = (SharedStringsTable) blank.getSharedStringSource();
        for (int i = 0; i < sst.getUniqueCount(); i++) {
            strings.add(sst.getItemAt(i).getString());
            stringIndex.putIfAbsent(strings.get(i), i);
        }
        sharedStringsPart = part(sst.getPackagePart().getPartName().getName());
        XSSFSheet instructions = blank.getSheet(INSTRUCTIONS_SHEET);
        organisationLine = index(instructions.getRow(TemplateTexts.ORGANISATION_LINE).getCell(0));
        generatedLine = index(instructions.getRow(instructions.getLastRowNum()).getCell(0));
        XSSFSheet indicators = blank.getSheet(INDICATORS_SHEET);
        indicatorsPart = part(indicators);
        title = index(indicators.getRow(0).getCell(0));
        for (Row row : indicators) {
            if (row.getRowNum() >= INDICATOR_FIRST_ROW && row.getCell(COL_CODE) != null) {
                codeRow.put(row.getCell(COL_CODE).getStringCellValue(), row.getRowNum());
            }
        }
        narrativePart = part(blank.getSheet(NARRATIVE_SHEET));
        XSSFSheet activities = blank.getSheet(ACTIVITIES_SHEET);
        activitiesPart = part(activities);
        for (int c = 0; c < activityStyles.length; c++) {
            activityStyles[c] = String.valueOf(activities.getColumnStyle(c).getIndex());
        }
        XSSFSheet meta = blank.getSheet(META_SHEET);
        metaValues = new int[meta.getLastRowNum() + 1];
        for (int i = 0; i < metaValues.length; i++) {
            metaValues[i] = index(meta.getRow(i).getCell(1));
        }
        entryTime = Timestamp.valueOf(generatedAt).getTime();
        blank.getProperties().getCoreProperties().setCreated(Optional.of(new Date(entryTime)));
        blank.getProperties().getCoreProperties().setModified(Optional.of(new Date(entryTime)));
        ByteArrayOutputStream saved = new ByteArrayOutputStream(64 * 1024);
        blank.write(saved);
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(saved.toByteArray()))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                entries.put(entry.getName(), zip.readAllBytes());
            }
        }
    }

    /** The organisation's template filled with the submission, as xlsx bytes. */
    byte[] fill(SampleSubmission s, TemplateContent content) {
        List<String> own = new ArrayList<>(strings);
        Map<String, Integer> added = new HashMap<>();
        own.set(organisationLine, TemplateTexts.organisationLine(content));
        own.set(generatedLine, TemplateTexts.generatedLine(content));
        own.set(title, TemplateTexts.title(content));
        String[][] meta = TemplateTexts.metaPairs(content);
        for (int i = 0; i < metaValues.length; i++) {
            own.set(metaValues[i], meta[i][1]);
        }
        SheetXml indicators = sheet(indicatorsPart);
        indicators.string(PREPARED_BY_ROW, PREPARED_BY_COLUMN, string(s.submittedBy(), own, added));
        s.answers().forEach((code, answer) -> {
            int row = codeRow.get(code);
            if (answer instanceof Boolean yes) {
                indicators.string(row, COL_VALUE, string(yes ? YES : NO, own, added));
            } else if (answer instanceof BigDecimal number) {
                indicators.number(row, COL_VALUE, number.doubleValue());
            } else if (SampleSubmission.NOT_APPLICABLE.equals(answer)) {
                indicators.string(row, COL_NOT_APPLICABLE, string(NOT_APPLICABLE, own, added));
            } else if (answer instanceof String text) {
                indicators.string(row, COL_VALUE, string(text, own, added));
            }
        });
        SheetXml narrative = sheet(narrativePart);
        for (SampleSubmission.Narrative n : s.narratives()) {
            int section = SECTIONS.indexOf(n.section());
            if (section < 0) {
                throw new IllegalArgumentException("the template has no row for narrative section " + n.section());
            }
            int row = NARRATIVE_FIRST_ROW + (n.task() - 1) * SECTIONS.size() + section;
            narrative.string(row, NARR_TEXT, string(n.text(), own, added));
        }
        SheetXml activities = sheet(activitiesPart);
        activities.appendRows(activityRows(s, own, added));
        Map<String, String> changed = Map.of(indicatorsPart, indicators.toString(), narrativePart, narrative.toString(),
                activitiesPart, activities.toString(), sharedStringsPart, sharedStrings(own));
        return zip(changed);
    }

    private StringBuilder activityRows(SampleSubmission s, List<String> own, Map<String, Integer> added) {
        StringBuilder rows = new StringBuilder();
        int r = ACTIVITY_FIRST_ROW;
        for (SampleSubmission.Activity a : s.activities()) {
            Object[] values = {a.task(), DateUtil.getExcelDate(a.date()), a.kind(), a.partnerCountry(), a.partnerOrg(),
                    a.participants(), a.amount().doubleValue(), a.description()};
            rows.append("<row r=\"").append(r + 1).append("\">");
            for (int c = 0; c < values.length; c++) {
                boolean text = values[c] instanceof String;
                rows.append(SheetXml.cell(SheetXml.ref(r, c), activityStyles[c], text ? "s" : "n", text
                        ? String.valueOf(string((String) values[c], own, added))
                        : Double.toString(((Number) values[c]).doubleValue())));
            }
            rows.append("</row>");
            r++;
        }
        return rows;
    }

    private SheetXml sheet(String part) {
        return new SheetXml(new String(entries.get(part), StandardCharsets.UTF_8));
    }

    /** The shared-string index of a text, added after the template's own strings when new. */
    private int string(String text, List<String> own, Map<String, Integer> added) {
        Integer index = stringIndex.get(text);
        if (index != null && !isReaddressed(index)) {
            return index;
        }
        return added.computeIfAbsent(text, t -> {
            own.add(t);
            return own.size() - 1;
        });
    }

    private boolean isReaddressed(int index) {
        if (index == organisationLine || index == generatedLine || index == title) {
            return true;
        }
        for (int value : metaValues) {
            if (value == index) {
                return true;
            }
        }
        return false;
    }

    private static String sharedStrings(List<String> strings) {
        StringBuilder xml = new StringBuilder(64 * 1024).append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" uniqueCount=\"")
                .append(strings.size()).append("\">");
        for (String s : strings) {
            boolean preserve = !s.isEmpty() && (Character.isWhitespace(s.charAt(0))
                    || Character.isWhitespace(s.charAt(s.length() - 1)) || s.indexOf('\n') >= 0);
            xml.append(preserve ? "<si><t xml:space=\"preserve\">" : "<si><t>");
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                switch (c) {
                    case '&' -> xml.append("&amp;");
                    case '<' -> xml.append("&lt;");
                    case '>' -> xml.append("&gt;");
                    default -> xml.append(c);
                }
            }
            xml.append("</t></si>");
        }
        return xml.append("</sst>").toString();
    }

    private byte[] zip(Map<String, String> changed) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * 1024);
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                ZipEntry part = new ZipEntry(entry.getKey());
                part.setTime(entryTime);
                zip.putNextEntry(part);
                String text = changed.get(entry.getKey());
                zip.write(text == null ? entry.getValue() : text.getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static String part(XSSFSheet sheet) {
        return part(sheet.getPackagePart().getPartName().getName());
    }

    private static String part(String partName) {
        return partName.startsWith("/") ? partName.substring(1) : partName;
    }

    private static int index(org.apache.poi.ss.usermodel.Cell cell) {
        return Integer.parseInt(((XSSFCell) cell).getCTCell().getV());
    }
}
