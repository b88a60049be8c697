package vn.dnnd.reports.model;

import java.util.Objects;

/**
 * What a row of figures covers: the whole country, a region, a kind of organisation or one organisation.
 *
 * @param code      "VN" for national, the region code ("DBSH"), the kind ("province"), the organisation code
 * @param name      the full name ("Vùng đồng bằng sông Hồng", "Tỉnh ủy Lào Cai" is written "Lào Cai")
 * @param shortName the label for narrow columns and chart axes ("ĐBSH"); null means the name is used
 */
public record Scope(ScopeKind kind, String code, Bilingual name, Bilingual shortName) {

    public static final String NATIONAL_CODE = "VN";
    public static final String CENTRAL_CODE = "TW";

    public Scope {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        shortName = shortName == null ? name : shortName;
    }

    public static Scope national() {
        return new Scope(ScopeKind.NATIONAL, NATIONAL_CODE, Bilingual.of("Toàn quốc", "National"), null);
    }

    /** The central bodies: the organisations outside every region. */
    public static Scope centralBodies() {
        return new Scope(ScopeKind.CENTRAL, CENTRAL_CODE, Bilingual.of("Cơ quan Trung ương", "Central bodies"),
                Bilingual.of("Cơ quan TW", "Central"));
    }

    public static Scope region(String code, Bilingual name, Bilingual shortName) {
        return new Scope(ScopeKind.REGION, code, name, shortName);
    }

    /** An organisation: its Vietnamese name is a proper name, kept in the English edition. */
    public static Scope organisation(String code, String name) {
        return new Scope(ScopeKind.ORGANISATION, code, Bilingual.same(name), null);
    }
}
