package vn.dnnd.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.dnnd.referencedata.OrganisationVersion;
import vn.dnnd.referencedata.ReferenceQueries;
import vn.dnnd.reports.text.VietnameseFormat;
import vn.dnnd.system.DnndException;

@Command(name = "lookup",
        mixinStandardHelpOptions = true,
        description = {"Tổ chức X vào ngày D: thuộc vùng nào, đơn vị kế thừa, đơn vị hiện nay.",
                "(Organisation X on date D: its region, its successor, and today's unit it counts toward.)"})
class ReferenceLookupCommand extends ApplicationCommand<ReferenceLookupCommand.Services> {

    record Services(ReferenceQueries queries) {
    }

    @Parameters(paramLabel = "CODE", description = "Mã tổ chức (organisation code).")
    String code;

    @Option(names = "--on", required = true, paramLabel = "YYYY-MM-DD", description = "Ngày (date).")
    LocalDate on;

    ReferenceLookupCommand() {
        super(Services.class);
    }

    @Override
    protected int run(Services services, PrintWriter out) {
        String wanted = code.strip().toUpperCase();
        OrganisationVersion version = services.queries().lookup(wanted, on)
                .orElseThrow(() -> new DnndException(
                        "Không có tổ chức mã " + wanted + " vào ngày " + VietnameseFormat.date(on),
                        "no organisation " + wanted + " on " + on));
        out.printf("%s (%s) ngày %s (on %s)%n", version.nameVi(), version.code(), VietnameseFormat.date(on), on);
        out.printf("  Vùng (region):                %s%n", version.regionId() == null ? "—"
                : version.regionNameVi() + " (" + version.regionNameEn() + ") [" + version.regionId() + "]");
        out.printf("  Đơn vị kế thừa (successor):   %s%n", version.successorCode() == null ? "—"
                : version.successorNameVi() + " (" + version.successorCode() + ")");
        out.printf("  Tính vào đơn vị hiện nay (counts toward today's unit): %s (%s)%s%n", version.todayNameVi(),
                version.todayCode(), version.todayRegionId() == null ? "" : ", " + version.todayRegionNameVi()
                        + " (" + version.todayRegionNameEn() + ") [" + version.todayRegionId() + "]");
        return 0;
    }
}
