package vn.dnnd.submission.template;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import vn.dnnd.referencedata.ReportingPeriod;
import vn.dnnd.submission.IntakeProperties;
import vn.dnnd.submission.reference.IntakeReference;
import vn.dnnd.submission.reference.IntakeReferenceLoader;
import vn.dnnd.submission.validation.ReporterCheck;
import vn.dnnd.system.DnndException;

/**
 * Generates the Excel submission template of one organisation and period from the indicator
 * catalogue for the organisation's kind. Used by the {@code template} command; the portal calls the same.
 */
@Service
public class TemplateService {

    private final IntakeReferenceLoader referenceLoader;
    private final JdbcTemplate jdbc;
    private final IntakeProperties properties;
    private final Clock clock;

    public TemplateService(IntakeReferenceLoader referenceLoader, JdbcTemplate jdbc, IntakeProperties properties,
                           Clock clock) {
        this.referenceLoader = referenceLoader;
        this.jdbc = jdbc;
        this.properties = properties;
        this.clock = clock;
    }

    /** Writes the template to {@code out} (parent directories created) and says what it contains. */
    public TemplateContent write(String orgCode, String periodCode, Path out) {
        try {
            if (out.toAbsolutePath().getParent() != null) {
                Files.createDirectories(out.toAbsolutePath().getParent());
            }
            try (OutputStream stream = Files.newOutputStream(out)) {
                return write(orgCode, periodCode, stream);
            }
        } catch (IOException e) {
            throw new DnndException("Không ghi được tệp biểu mẫu " + out, "cannot write the template " + out, e);
        }
    }

    public byte[] generate(String orgCode, String periodCode) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        write(orgCode, periodCode, bytes);
        return bytes.toByteArray();
    }

    private TemplateContent write(String orgCode, String periodCode, OutputStream out) {
        TemplateContent content = content(referenceLoader.load(), taskNames(), orgCode.strip().toUpperCase(),
                periodCode.strip());
        try (XSSFWorkbook workbook = workbook(content)) {
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return content;
    }

    /** The template as a workbook, for a caller that fills it before writing (the sample generator). */
    public XSSFWorkbook workbook(TemplateContent content) {
        XSSFWorkbook workbook = new XSSFWorkbook();
        TemplateStyles styles = new TemplateStyles(workbook);
        InstructionSheetWriters.instructions(workbook, styles, content);
        IndicatorSheetWriter.write(workbook, styles, content);
        NarrativeSheetWriters.narrative(workbook, styles, content);
        NarrativeSheetWriters.activities(workbook, styles, content);
        InstructionSheetWriters.metadata(workbook, content);
        workbook.setActiveSheet(1);
        return workbook;
    }

    public TemplateContent content(IntakeReference reference, Map<Integer, String> taskNames, String orgCode,
                                   String periodCode) {
        ReportingPeriod period = reference.period(periodCode).orElseThrow(() -> new DnndException(
                "Không có kỳ báo cáo " + periodCode, "no reporting period " + periodCode));
        ReporterCheck.Outcome outcome = ReporterCheck.resolve(reference, orgCode, period);
        if (!outcome.found()) {
            throw new DnndException(outcome.vi(), outcome.en());
        }
        String kind = outcome.reporter().kind();
        return new TemplateContent(outcome.reporter(), period, reference.entered(kind, period), taskNames,
                reference.catalogueChecksum(kind, period), LocalDateTime.now(clock).withNano(0),
                properties.narrativeMaxChars());
    }

    /** Short Vietnamese name of each task, by number. */
    public Map<Integer, String> taskNames() {
        Map<Integer, String> names = new HashMap<>();
        jdbc.query("select task_no, short_name_vi from task", rs -> {
            names.put(rs.getInt(1), rs.getString(2));
        });
        return names;
    }
}
