package vn.dnnd.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import vn.dnnd.referencedata.OrganisationKindLabel;
import vn.dnnd.referencedata.OrganisationVersion;
import vn.dnnd.referencedata.ReferenceQueries;
import vn.dnnd.reports.text.VietnameseFormat;

@Command(name = "successor",
        mixinStandardHelpOptions = true,
        description = {"Sáp nhập năm 2025: đơn vị kế thừa của một tỉnh cũ, và các tỉnh hợp thành một đơn vị mới.",
                "(The 2025 merger: the successor of an old province, and what merged into a new unit.)"})
class ReferenceSuccessorCommand extends ApplicationCommand<ReferenceSuccessorCommand.Services> {

    record Services(ReferenceQueries queries) {
    }

    @Parameters(paramLabel = "CODE", description = "Mã tổ chức, ví dụ YENBAI (organisation code, e.g. YENBAI).")
    String code;

    ReferenceSuccessorCommand() {
        super(Services.class);
    }

    @Override
    protected int run(Services services, PrintWriter out) {
        ReferenceQueries queries = services.queries();
        for (OrganisationVersion version : queries.versions(code.strip().toUpperCase())) {
            out.println(version.nameVi() + " (" + version.code() + "), " + OrganisationKindLabel.shortly(version.kind())
                    + ", hiệu lực (valid) " + VietnameseFormat.date(version.validFrom()) + " – "
                    + (version.validTo() == null ? "nay (present)" : VietnameseFormat.date(version.validTo())));
            if (version.regionId() != null) {
                out.println("  Vùng (region): " + version.regionNameVi() + " (" + version.regionNameEn() + ") ["
                        + version.regionId() + "]");
            }
            List<OrganisationVersion> predecessors = queries.predecessors(version.orgId());
            if (!predecessors.isEmpty()) {
                out.println("  Kế thừa từ (takes over from): " + predecessors.stream()
                        .map(p -> p.nameVi() + " (" + p.code() + ")").collect(Collectors.joining(", ")));
            }
            if (version.successorCode() != null) {
                out.println("  → Đơn vị kế thừa (successor): " + version.successorNameVi() + " ("
                        + version.successorCode() + ") từ (from) " + VietnameseFormat.date(version.successorValidFrom()));
                out.println("    Vùng hiện nay (region today): " + version.todayRegionNameVi() + " ("
                        + version.todayRegionNameEn() + ") [" + version.todayRegionId() + "]");
            } else if (version.validTo() != null) {
                out.println("  Không có đơn vị kế thừa (no successor)");
            }
        }
        return 0;
    }
}
