package vn.dnnd.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import vn.dnnd.report.Edition;
import vn.dnnd.reports.text.VietnamTime;
import vn.dnnd.reports.text.VietnameseFormat;
import vn.dnnd.system.DnndException;

/** How the commands print an edition of the reports: its heading and every file with its size. */
final class EditionPrinter {

    private static final DateTimeFormatter CREATED = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss")
            .withZone(VietnamTime.ZONE);

    private EditionPrinter() {
    }

    static void heading(PrintWriter out, Edition edition) {
        out.printf("Kỳ %s, lần xuất bản %d (period %s, edition %d): %s, lần tính (run) %d, %d tệp (files)%n",
                edition.period(), edition.number(), edition.period(), edition.number(),
                CREATED.format(edition.createdAt()), edition.runId(), edition.files().size());
        out.printf("  loại (kinds): %s; ngôn ngữ (languages): %s%n", String.join(", ", edition.kinds()),
                String.join(", ", edition.languages()));
        out.println("  thư mục (directory): " + edition.directory());
    }

    static void files(PrintWriter out, Edition edition) {
        // The kind column as wide as the edition's longest kind ("review-workbook"), so the sizes stay aligned.
        int width = Math.max(10, edition.files().stream().mapToInt(file -> file.kind().length()).max().orElse(0));
        for (Edition.Artifact file : edition.files()) {
            out.printf("  %-2s %-" + width + "s %12s byte  %s%n", file.language(), file.kind(),
                    VietnameseFormat.integer(file.bytes()), file.path());
        }
    }

    /** Copies the edition's files to {@code out}, keeping their paths below the edition's directory. */
    static void copy(PrintWriter out, Edition edition, Path target) {
        try {
            for (Edition.Artifact file : edition.files()) {
                Path copy = target.resolve(edition.directory().relativize(file.path()).toString());
                Files.createDirectories(copy.getParent());
                Files.copy(file.path(), copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                out.println("  bản sao (copy): " + copy);
            }
        } catch (IOException e) {
            throw new DnndException("Không sao chép được vào " + target, "cannot copy to " + target, e);
        }
    }
}
