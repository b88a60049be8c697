package vn.dnnd.submission.sample;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import vn.dnnd.submission.reference.IntakeReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.dnnd.submission.template.TemplateContent;
import vn.dnnd.submission.template.TemplateService;

/**
 * Writes each sample submission in one of the three channels. The channel turns with the year for
 * each organisation, so every channel is used by about a third of the organisations every year.
 */
final class SampleWriter {

    static final int ANY = -1;
    static final int XLSX = 0;
    static final int CSV = 1;
    static final int JSON = 2;
    private static final String[] EXTENSIONS = {"xlsx", "csv", "json"};

    private final Path root;
    private final IntakeReference reference;
    private final TemplateService templates;
    private final Map<Integer, String> taskNames;
    private final Map<String, Long> counts = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<String, SampleXlsx> blankTemplates = new java.util.concurrent.ConcurrentHashMap<>();

    SampleWriter(Path root, IntakeReference reference, TemplateService templates, Map<Integer, String> taskNames) {
        this.root = root;
        this.reference = reference;
        this.templates = templates;
        this.taskNames = taskNames;
    }

    Path write(SampleSubmission submission, String group, String baseName, int channel) {
        int year = Integer.parseInt(submission.period().code());
        int chosen = channel != ANY ? channel
                : Math.floorMod(Hashes.pick(3, submission.reporter().code(), "channel") + year, 3);
        Path directory = group.startsWith("bad") ? root.resolve(group) : root.resolve(String.valueOf(year)).resolve(group);
        return write(submission, directory.resolve(baseName + "." + EXTENSIONS[chosen]));
    }

    Path write(SampleSubmission submission, Path file) {
        String name = file.getFileName().toString();
        try {
            Files.createDirectories(file.getParent());
            if (name.endsWith(".xlsx")) {
                Files.write(file, xlsx(submission));
            } else if (name.endsWith(".csv")) {
                Files.writeString(file, SampleFileWriters.csv(submission));
            } else {
                Files.writeString(file, SampleFileWriters.json(submission));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        counts.merge(name.substring(name.lastIndexOf('.') + 1), 1L, Long::sum);
        return file;
    }

    /**
     * The organisation's own template filled as a clerk would: the blank template is built once per kind
     * and period, then re-addressed to each organisation and filled (see {@link SampleXlsx}).
     */
    private byte[] xlsx(SampleSubmission submission) {
        // Downloaded when the period ended, so the same sample is the same bytes every time it is written
        // (a second `demo` finds its files already ingested).
        TemplateContent downloaded = templates.content(reference, taskNames, submission.reporter().code(),
                submission.period().code());
        TemplateContent content = downloaded.generatedAt(downloaded.period().endsOn().atTime(8, 0));
        SampleXlsx blank = blankTemplates.computeIfAbsent(content.reporter().kind() + "/" + content.period().code(), key -> {
            try (XSSFWorkbook workbook = templates.workbook(content)) {
                return new SampleXlsx(workbook, content.generatedAt());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return blank.fill(submission, content);
    }

    Map<String, Long> filesByChannel() {
        return new TreeMap<>(counts);
    }
}
