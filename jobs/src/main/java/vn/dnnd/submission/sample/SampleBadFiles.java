package vn.dnnd.submission.sample;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.dnnd.referencedata.ReportingPeriod;
import vn.dnnd.submission.ingest.IntakeFileOutcome;
import vn.dnnd.submission.reference.IntakeReference;
import vn.dnnd.submission.reference.Reporter;

/**
 * The deliberately bad files of the sample, received early in January after the last year: a
 * report for the year before (its period locked), a report from a province that no longer exists
 * (or an unknown code), words in a number cell, and a byte-for-byte duplicate of an accepted file.
 */
final class SampleBadFiles {

    private final Path directory;
    private final IntakeReference reference;
    private final SampleWriter writer;
    private final SampleNarratives narratives;

    SampleBadFiles(Path directory, IntakeReference reference, SampleWriter writer, SampleNarratives narratives) {
        this.directory = directory;
        this.reference = reference;
        this.writer = writer;
        this.narratives = narratives;
    }

    OffsetDateTime receivedAt(int lastYear) {
        return OffsetDateTime.parse((lastYear + 1) + "-01-10T10:00:00+07:00");
    }

    List<SampleResult.BadFile> write(int lastYear, Map<String, Path> lastOnTime) {
        List<SampleResult.BadFile> bad = new ArrayList<>();
        ReportingPeriod last = reference.period(String.valueOf(lastYear)).orElseThrow();
        List<Reporter> reporters = reference.reportersOn(last.endsOn());
        reference.period(String.valueOf(lastYear - 1)).ifPresent(before -> {
            Reporter reporter = reference.reportersOn(before.endsOn()).get(reporters.size() / 3);
            Path file = writer.write(submission(reporter, before), directory.resolve((lastYear - 1) + "-" + reporter.code()
                    + "-nop-sau-khoa-so.json"));
            bad.add(new SampleResult.BadFile(file, IntakeFileOutcome.REJECTED, "period_locked", "báo cáo năm "
                    + (lastYear - 1) + " nhận sau ngày khóa sổ (report for the previous year received after its lock date)"));
        });
        Reporter closed = reference.versions("YENBAI").stream().filter(r -> r.validTo() != null
                && r.validTo().isBefore(last.endsOn())).findFirst().orElse(null);
        if (closed != null) {
            Path file = writer.write(submission(closed, last), directory.resolve(lastYear + "-YENBAI-sai-don-vi.csv"));
            bad.add(new SampleResult.BadFile(file, IntakeFileOutcome.REJECTED, "organisation_closed",
                    "Yên Bái không còn tồn tại vào cuối năm " + lastYear
                            + "; đơn vị kế thừa là Lào Cai (YENBAI no longer exists; its successor is LAOCAI)"));
        }
        Reporter unknown = new Reporter(0, "ATLANTIS", last.startsOn(), null, "province", "province", true, "Atlantis", "Atlantis",
                null, null);
        Path unknownFile = writer.write(submission(unknown, last), directory.resolve(lastYear + "-ATLANTIS.csv"));
        bad.add(new SampleResult.BadFile(unknownFile, IntakeFileOutcome.REJECTED, "unknown_organisation",
                "mã tổ chức không có trong danh mục (organisation not in the registry)"));
        Reporter clerk = reporters.get(reporters.size() / 2);
        Path words = writer.write(SampleFaults.wordsInNumber(submission(clerk, last)),
                directory.resolve(lastYear + "-" + clerk.code() + "-chu-trong-o-so.xlsx"));
        bad.add(new SampleResult.BadFile(words, IntakeFileOutcome.REJECTED, "not_a_number",
                "chữ \"mười lăm\" trong ô số của T3.DELEGATIONS_IN (words in a number cell)"));
        Path original = lastOnTime.values().stream().filter(p -> p.toString().contains(String.valueOf(lastYear)))
                .findFirst().orElse(null);
        if (original != null) {
            Path copy = directory.resolve("ban-sao-" + original.getFileName());
            copy(original, copy);
            bad.add(new SampleResult.BadFile(copy, IntakeFileOutcome.DUPLICATE, "duplicate_file", "bản sao giống hệt tệp "
                    + original.getFileName() + " đã được nhận (byte-for-byte copy of an accepted file)"));
        }
        return bad;
    }

    private SampleSubmission submission(Reporter reporter, ReportingPeriod period) {
        int year = Integer.parseInt(period.code());
        String kind = reporter.kind();
        Map<String, Object> answers = SampleFigures.answers(reporter, SampleGenerator.size(reporter, reference), year,
                reference.entered(kind, period));
        return new SampleSubmission(reporter, period, answers,
                narratives.compose(reporter.reportingBodyVi(), reporter.code(), year, answers, null),
                SampleActivities.of(reporter, year), SampleGenerator.CLERKS[0]);
    }

    private static void copy(Path from, Path to) {
        try {
            Files.createDirectories(to.getParent());
            Files.copy(from, to);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
