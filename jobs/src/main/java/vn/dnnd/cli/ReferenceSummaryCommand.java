package vn.dnnd.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.LocalDate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.dnnd.referencedata.OrganisationKindLabel;
import vn.dnnd.referencedata.ReferenceQueries;
import vn.dnnd.referencedata.ReferenceSummary;
import vn.dnnd.reports.text.VietnameseFormat;

@Command(name = "summary",
        mixinStandardHelpOptions = true,
        description = {"Tóm tắt danh mục có hiệu lực tại một ngày: số tổ chức theo loại và theo vùng.",
                "(Counts of reference data in force on a date: reporters by kind, provinces by region.)"})
class ReferenceSummaryCommand extends ApplicationCommand<ReferenceSummaryCommand.Services> {

    record Services(ReferenceQueries queries, Clock clock) {
    }

    @Option(names = "--on", paramLabel = "YYYY-MM-DD", description = "Ngày xem (date; default today).")
    LocalDate on;

    ReferenceSummaryCommand() {
        super(Services.class);
    }

    @Override
    protected int run(Services services, PrintWriter out) {
        LocalDate date = on != null ? on : LocalDate.now(services.clock());
        ReferenceSummary summary = services.queries().summary(date);
        out.println("Danh mục có hiệu lực ngày " + VietnameseFormat.date(date) + " (reference data in force on " + date + ")");
        out.printf("  Nhiệm vụ (tasks):                 %d%n", summary.tasks());
        out.printf("  Chỉ tiêu (indicators):            %d, trong đó %d tự tính (of which %d derived)%n",
                summary.indicators(), summary.derivedIndicators(), summary.derivedIndicators());
        out.printf("  Kỳ báo cáo (reporting periods):   %d%n", summary.periods());
        out.println("Đơn vị báo cáo theo loại (reporting organisations by kind):");
        int reporters = 0;
        for (ReferenceSummary.KindCount kind : summary.reportersByKind()) {
            out.printf("  %4d  %s%n", kind.count(), OrganisationKindLabel.of(kind.kind()));
            reporters += kind.count();
        }
        out.printf("  %4d  %s%n", reporters, "Tổng cộng (total)");
        out.println("Tỉnh, thành phố theo vùng (provinces by region):");
        for (ReferenceSummary.RegionCount region : summary.provincesByRegion()) {
            out.printf("  %4d  %s (%s) [%s]%n", region.count(), region.nameVi(), region.nameEn(), region.regionId());
        }
        out.printf("Tổng số phiên bản tổ chức trong danh mục (organisation versions on record): %d%n",
                summary.organisationVersions());
        return 0;
    }
}
