package vn.dnnd.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.dnnd.reports.model.Indicator;
import vn.dnnd.reports.model.NarrativePart;
import vn.dnnd.reports.model.NarrativeRow;
import vn.dnnd.reports.model.ReviewReport;
import vn.dnnd.reports.model.ReviewReport.SeriesRow;
import vn.dnnd.reports.model.ReviewReport.YearExcerpt;
import vn.dnnd.reports.model.Scope;
import vn.dnnd.reports.model.Task;

/**
 * Builds the five-year review from what {@link ReviewReader} read: per task the series nationally and by
 * today's region, and, year by year, the passages the annual summary would quote (the same choice:
 * {@link Excerpts}, with the review's own number per year), each kept with its year.
 */
@Component
public class ReviewAssembler {

    private final ReviewReader reader;
    private final ReportSnapshot snapshot;
    private final ReportSettings settings;
    private final ReviewSettings review;

    public ReviewAssembler(ReviewReader reader, ReportSnapshot snapshot, ReportSettings settings, ReviewSettings review) {
        this.reader = reader;
        this.snapshot = snapshot;
        this.settings = settings;
        this.review = review;
    }

    public ReviewReport review(ReportRequest request) {
        return snapshot.read(() -> assemble(reader.read(request)));
    }

    private ReviewReport assemble(ReviewReader.ReviewData data) {
        List<ReviewReport.YearReporting> reporting = data.years().stream()
                .map(year -> new ReviewReport.YearReporting(year,
                        data.yearRuns().containsKey(year) ? data.reporting().get(year) : null))
                .toList();
        List<ReviewReport.ReviewTask> tasks = new ArrayList<>();
        List<ReviewReport.ReviewFindings> findings = new ArrayList<>();
        List<YearExcerpt> lessons = new ArrayList<>();
        for (Task task : data.tasks()) {
            int taskNo = task.taskNo();
            tasks.add(new ReviewReport.ReviewTask(task, series(data, taskNo),
                    excerpts(data, taskNo, NarrativePart.ACHIEVEMENTS)));
            List<YearExcerpt> limitations = excerpts(data, taskNo, NarrativePart.LIMITATIONS);
            var taskFindings = new ReviewReport.ReviewFindings(task, limitations,
                    excerpts(data, taskNo, NarrativePart.CAUSES), excerpts(data, taskNo, NarrativePart.CAUSES_OBJECTIVE),
                    excerpts(data, taskNo, NarrativePart.CAUSES_SUBJECTIVE));
            if (!taskFindings.isEmpty()) {
                findings.add(taskFindings);
            }
            // Section IV shows only when some organisation wrote lessons learned.
            lessons.addAll(excerpts(data, taskNo, NarrativePart.LESSONS));
        }
        return new ReviewReport(data.meta(), data.years(), reporting, tasks, findings, lessons,
                review.directions().stream().map(ReportSettings.Text::bilingual).toList());
    }

    /** Per indicator of the task: the country, then each of today's regions, every year's restated value. */
    private static List<SeriesRow> series(ReviewReader.ReviewData data, int taskNo) {
        List<SeriesRow> rows = new ArrayList<>();
        for (Indicator indicator : data.indicators().values()) {
            if (indicator.taskNo() != taskNo) {
                continue;
            }
            rows.add(row(data, indicator, "national", Scope.NATIONAL_CODE, Scope.national()));
            data.regions().forEach((regionId, region) -> rows.add(row(data, indicator, "region", regionId, region)));
        }
        return rows;
    }

    private static SeriesRow row(ReviewReader.ReviewData data, Indicator indicator, String kind, String code, Scope scope) {
        return new SeriesRow(indicator, scope,
                data.series().getOrDefault(ReviewReader.ReviewData.key(indicator.code(), kind, code), Map.of()));
    }

    /**
     * The passages of one task and part, year by year, chosen within each year as the annual summary does
     * (kinds of organisation in turn, the fullest first), at most {@code passages-per-year} a year.
     */
    private List<YearExcerpt> excerpts(ReviewReader.ReviewData data, int taskNo, NarrativePart part) {
        List<YearExcerpt> picked = new ArrayList<>();
        for (String year : data.years()) {
            List<NarrativeRow> narratives = data.narratives().getOrDefault(year, List.of());
            Excerpts.pick(narratives, taskNo, part, data.kinds(), review.passagesPerYear(),
                            settings.excerptCharacters())
                    .forEach(excerpt -> picked.add(new YearExcerpt(year, excerpt)));
        }
        return picked;
    }
}
