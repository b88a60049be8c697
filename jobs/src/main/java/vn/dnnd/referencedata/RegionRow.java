package vn.dnnd.referencedata;

import java.time.LocalDate;

/** A line of regions.csv: a socio-economic region in the 2023 or the 2025 scheme. */
record RegionRow(int lineNo, String regionId, String scheme, String code, String nameVi, String nameEn,
                 LocalDate validFrom, LocalDate validTo, LocalDate adoptedOn, String legalBasis,
                 int sortOrder) {

    static RegionRow parse(CsvFields f) {
        String regionId = f.code("region_id");
        String scheme = f.text("scheme");
        String code = f.code("code");
        if (!scheme.matches("[0-9]{4}")) {
            f.problem("hệ thống vùng phải là năm 4 chữ số, không phải '" + scheme + "'",
                    "scheme must be a 4-digit year, not '" + scheme + "'");
        }
        if (!regionId.equals(scheme + ":" + code)) {
            f.problem("region_id phải là '" + scheme + ":" + code + "'",
                    "region_id must be '" + scheme + ":" + code + "'");
        }
        LocalDate from = f.date("valid_from");
        LocalDate to = f.optionalDate("valid_to");
        f.validity(from, to, "valid_from", "valid_to");
        return new RegionRow(f.lineNo(), regionId, scheme, code, f.text("name_vi"), f.text("name_en"), from, to,
                f.optionalDate("adopted_on"), f.optionalText("legal_basis"), f.integer("sort_order"));
    }
}
