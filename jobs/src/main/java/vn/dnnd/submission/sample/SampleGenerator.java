package vn.dnnd.submission.sample;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Service;
import vn.dnnd.referencedata.ReportingPeriod;
import vn.dnnd.submission.reference.IntakeReference;
import vn.dnnd.submission.reference.IntakeReferenceLoader;
import vn.dnnd.submission.reference.Reporter;
import vn.dnnd.submission.template.TemplateService;
import vn.dnnd.system.DnndException;

/**
 * Writes realistic sample submissions: every reporting organisation of every year (the 63 old
 * provinces to 2024, the 34 units for 2025, central bodies throughout), the formats mixed across
 * organisations, some late, one resubmission, and a few deliberately bad files, laid out as
 * {@code <year>/on-time/}, {@code <year>/resubmission/}, {@code <year>/late/} and {@code bad/},
 * with {@code manifest.tsv} saying the order, the receipt time of each group and what to expect.
 */
@Service
public class SampleGenerator {

    static final String[] CLERKS = {"Nguyễn Thị Hương, chuyên viên", "Trần Văn Bình, phó trưởng phòng",
            "Lê Thị Thu Hà, chuyên viên chính", "Phạm Minh Tuấn, chuyên viên", "Hoàng Thị Lan, trưởng phòng",
            "Vũ Đức Thắng, chuyên viên", "Đặng Thị Mai, chuyên viên", "Bùi Quang Huy, phó trưởng ban"};

    private final IntakeReferenceLoader referenceLoader;
    private final TemplateService templates;

    private record Pending(SampleSubmission submission, String group, String name, int channel) {
    }

    public SampleGenerator(IntakeReferenceLoader referenceLoader, TemplateService templates) {
        this.referenceLoader = referenceLoader;
        this.templates = templates;
    }

    public SampleResult generate(int fromYear, int toYear, Path out) {
        IntakeReference reference = referenceLoader.load();
        SampleWriter writer = new SampleWriter(out, reference, templates, templates.taskNames());
        SampleNarratives narratives = new SampleNarratives();
        List<SampleStep> steps = new ArrayList<>();
        Map<String, Map<String, Object>> previous = new HashMap<>();
        Map<String, Path> lastOnTime = new TreeMap<>();
        for (int year = fromYear; year <= toYear; year++) {
            ReportingPeriod period = reference.period(String.valueOf(year)).orElseThrow(() -> new DnndException(
                    "Không có kỳ báo cáo năm trong danh mục cho năm đã chọn", "no annual period in the registry for the year asked"));
            List<Reporter> reporters = reference.reportersOn(period.endsOn());
            String resubmitter = reporters.get(0).code();
            List<Pending> pending = new ArrayList<>();
            Map<String, Map<String, Object>> thisYear = new HashMap<>();
            for (Reporter reporter : reporters) {
                double size = size(reporter, reference);
                Map<String, Object> answers = SampleFigures.answers(reporter, size, year,
                        reference.entered(reporter.kind(), period));
                thisYear.put(reporter.code(), answers);
                String group = Hashes.unit(reporter.code(), year, "late") < 0.09 ? "late" : "on-time";
                SampleSubmission submission = new SampleSubmission(reporter, period, answers,
                        narratives.compose(reporter.reportingBodyVi(), reporter.code(), year, answers,
                                PreviousFigures.of(reporter, previous, reference)),
                        SampleActivities.of(reporter, year), CLERKS[Hashes.pick(CLERKS.length, reporter.code(), year)]);
                String name = year + "-" + reporter.code();
                if (reporter.code().equals(resubmitter) && year == Math.min(toYear, Math.max(fromYear, 2024))) {
                    // The first version carries a slip (a figure off by a factor of ten); a correction follows.
                    pending.add(new Pending(SampleFaults.slip(submission), "on-time", name, SampleWriter.CSV));
                    pending.add(new Pending(submission, "resubmission", name + "-v2", SampleWriter.XLSX));
                } else {
                    pending.add(new Pending(submission, group, name, SampleWriter.ANY));
                }
            }
            // Writing the files is most of the work, and each file is independent: use every core.
            List<Path> written = pending.parallelStream()
                    .map(p -> writer.write(p.submission(), p.group(), p.name(), p.channel())).toList();
            Map<String, List<Path>> groups = new TreeMap<>();
            for (int i = 0; i < pending.size(); i++) {
                Pending p = pending.get(i);
                groups.computeIfAbsent(p.group(), g -> new ArrayList<>()).add(written.get(i));
                if (p.group().equals("on-time") && p.channel() == SampleWriter.ANY) {
                    lastOnTime.put(p.submission().reporter().code(), written.get(i));
                }
            }
            previous = thisYear;
            steps.addAll(steps(out, year, period, groups));
        }
        SampleBadFiles bad = new SampleBadFiles(out.resolve("bad"), reference, writer, narratives);
        List<SampleResult.BadFile> badFiles = bad.write(toYear, lastOnTime);
        steps.add(new SampleStep(out.resolve("bad"), bad.receivedAt(toYear), false, badFiles.size(),
                "mỗi tệp có kết quả ghi trong manifest (each file's expected outcome is listed below)"));
        Path manifest = SampleManifest.write(out, steps, badFiles);
        return new SampleResult(out, steps, badFiles, manifest, writer.filesByChannel());
    }

    private static List<SampleStep> steps(Path out, int year, ReportingPeriod period, Map<String, List<Path>> groups) {
        List<SampleStep> steps = new ArrayList<>();
        String[][] order = {{"on-time", "-12-10T09:00:00+07:00", "chấp nhận, đúng hạn (accepted, on time)"},
                {"resubmission", "-12-14T15:30:00+07:00", "chấp nhận, phiên bản 2 thay thế phiên bản 1 (accepted, version 2 supersedes version 1)"},
                {"late", "-12-29T10:00:00+07:00", "chấp nhận, nộp muộn (accepted, late)"}};
        for (String[] group : order) {
            List<Path> files = groups.get(group[0]);
            if (files != null) {
                OffsetDateTime asOf = OffsetDateTime.parse(year + group[1]);
                steps.add(new SampleStep(out.resolve(String.valueOf(year)).resolve(group[0]), asOf,
                        asOf.toLocalDate().isAfter(period.locksOn()), files.size(), group[2]));
            }
        }
        return steps;
    }

    /**
     * Size relative to a typical province: big cities and the 2025 units (which took over several
     * provinces) are larger; a 2025 unit is the sum of the provinces merged into it.
     */
    static double size(Reporter reporter, IntakeReference reference) {
        List<Reporter> merged = reporter.kind().equals("province") ? reference.predecessorsOf(reporter) : List.of();
        if (!merged.isEmpty()) {
            return merged.stream().mapToDouble(r -> size(r, reference)).sum();
        }
        double base = 0.6 + Hashes.unit(reporter.code(), "size") * 1.2;
        return switch (reporter.code()) {
            case "HN", "HCM" -> base * 3;
            case "HAIPHONG", "DANANG", "CANTHO" -> base * 1.6;
            default -> reporter.kind().equals("province") ? base : base * 1.3;
        };
    }

    static void writeText(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
