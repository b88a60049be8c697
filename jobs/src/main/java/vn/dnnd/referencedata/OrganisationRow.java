package vn.dnnd.referencedata;

import java.time.LocalDate;
import java.util.Set;

/** A line of organisations.csv: one version of a reporting body, valid between two dates. */
record OrganisationRow(int lineNo, String code, LocalDate validFrom, LocalDate validTo, String kind,
                       String subtype, String nameVi, String officialNameVi, String nameEn, String abbr,
                       String gsoCode, String regionId, String successorCode, boolean reports, String note) {

    static final Set<String> KINDS = Set.of("province", "central_org", "party_board", "ministry");

    static OrganisationRow parse(CsvFields f) {
        LocalDate from = f.date("valid_from");
        LocalDate to = f.optionalDate("valid_to");
        f.validity(from, to, "valid_from", "valid_to");
        String successor = f.optionalCode("successor_code");
        if (successor != null && to == null) {
            f.problem("tổ chức có đơn vị kế thừa phải có ngày kết thúc (valid_to)",
                    "an organisation with a successor must have an end date (valid_to)");
        }
        return new OrganisationRow(f.lineNo(), f.code("code"), from, to, f.oneOf("kind", KINDS),
                f.optionalText("subtype"), f.text("name_vi"), f.text("official_name_vi"), f.text("name_en"),
                f.optionalText("abbr"), f.optionalText("gso_code"), f.optionalCode("region_id"), successor,
                f.yesNo("reports"), f.optionalText("note"));
    }
}
