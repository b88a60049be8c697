package vn.dnnd.submission.sample;

import java.nio.file.Path;
import java.util.List;

/**
 * {@code manifest.tsv}: the groups to ingest in order with their receipt time, then the expected
 * outcome of each bad file. Comment lines start with '#'; data lines are tab-separated.
 */
final class SampleManifest {

    private SampleManifest() {
    }

    static Path write(Path root, List<SampleStep> steps, List<SampleResult.BadFile> badFiles) {
        StringBuilder text = new StringBuilder("""
                # Bộ báo cáo mẫu thực hiện Chỉ thị 12-CT/TW (dnnd sample submissions).
                # Nhận lần lượt từng nhóm theo thứ tự dưới đây (ingest each group in this order):
                #   java -jar dnnd.jar ingest --inbox <root>/<directory> --as-of <as_of> [--allow-locked]
                # as_of là thời điểm nhận ghi cho các tệp của nhóm (the receipt time recorded for the group).
                # step\tdirectory\tas_of\tallow_locked\tfiles\texpected
                """);
        int n = 0;
        for (SampleStep step : steps) {
            text.append(++n).append('\t').append(root.relativize(step.directory()).toString().replace('\\', '/'))
                    .append('\t').append(step.asOf()).append('\t').append(step.allowLocked() ? "yes" : "no").append('\t')
                    .append(step.files()).append('\t').append(step.expected()).append('\n');
        }
        text.append("#\n# Tệp lỗi cố ý trong bad/ (deliberately bad files) và kết quả phải có (expected outcome)\n")
                .append("# file\toutcome\trule\twhy\n");
        for (SampleResult.BadFile bad : badFiles) {
            text.append(root.relativize(bad.file()).toString().replace('\\', '/')).append('\t')
                    .append(bad.expectedOutcome().code()).append('\t').append(bad.rule()).append('\t').append(bad.why())
                    .append('\n');
        }
        Path manifest = root.resolve("manifest.tsv");
        SampleGenerator.writeText(manifest, text.toString());
        return manifest;
    }
}
