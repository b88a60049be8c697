package vn.dnnd.submission.ingest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import vn.dnnd.submission.Answers;
import vn.dnnd.submission.SubmissionFiles;
import vn.dnnd.submission.reference.IntakeReference;
import vn.dnnd.submission.reference.IntakeReferenceLoader;
import vn.dnnd.submission.reference.Reporter;

/** An inbox of twelve provinces' reports for 2025, f01.csv … f12.csv, taken in that order. */
final class ProvinceInbox {

    private ProvinceInbox() {
    }

    static Path write(IntakeReferenceLoader referenceLoader, Path inbox) throws Exception {
        Files.createDirectories(inbox);
        IntakeReference reference = referenceLoader.load();
        var period = reference.period("2025").orElseThrow();
        List<Reporter> provinces = reference.reportersOn(period.endsOn()).stream()
                .filter(r -> r.kind().equals("province")).limit(12).toList();
        long time = System.currentTimeMillis() - 60_000;
        for (int i = 0; i < provinces.size(); i++) {
            Path file = inbox.resolve(String.format("f%02d.csv", i + 1));
            Files.writeString(file, SubmissionFiles.csv(provinces.get(i).code(), "2025",
                    Answers.forIndicators(reference.entered("province", period), i), ',', "Nhiệm vụ " + i));
            Files.setLastModifiedTime(file, FileTime.fromMillis(time + i * 10L));
        }
        return inbox;
    }
}
