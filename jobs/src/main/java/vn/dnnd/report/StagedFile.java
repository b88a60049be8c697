package vn.dnnd.report;

import java.util.ArrayList;
import java.util.List;
import org.springframework.batch.core.job.JobExecution;
import vn.dnnd.reports.model.ReportLanguage;

/**
 * A file rendered into the staging directory, waiting to be archived: its kind, scope, language and
 * path relative to the staging directory (the same relative path it gets in the edition's directory).
 */
record StagedFile(String kind, String scope, ReportLanguage language, String relativePath) {

    private static final String KEY = "render.staged";

    static void storeIn(JobExecution execution, List<StagedFile> files) {
        List<String> lines = new ArrayList<>();
        for (StagedFile file : files) {
            lines.add(String.join("\t", file.kind, file.scope, file.language.code(), file.relativePath));
        }
        execution.getExecutionContext().putString(KEY, String.join("\n", lines));
    }

    static List<StagedFile> of(JobExecution execution) {
        String text = execution.getExecutionContext().getString(KEY, "");
        return text.lines().filter(line -> !line.isBlank()).map(line -> {
            String[] fields = line.split("\t", -1);
            return new StagedFile(fields[0], fields[1], ReportLanguage.fromCode(fields[2]), fields[3]);
        }).toList();
    }
}
