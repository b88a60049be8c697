package vn.dnnd.indicator;

import java.util.List;

/**
 * What a reader asks for, as {@link ScopeResolver} resolves it: a scope kind (organisation, region,
 * org_kind, national) and the scope codes that stand for it in the chosen period and view, with its name.
 * A region asked for over a review period as reported has one code per scheme (2023:DBSCL until 2024,
 * 2025:DBSCL from 2025).
 */
public record ResolvedScope(String kind, List<String> codes, String nameVi, String nameEn) {

    public ResolvedScope {
        codes = List.copyOf(codes);
    }

    public String firstCode() {
        return codes.get(0);
    }

    /** "Vùng Đông Nam Bộ (Southeast Region) [2025:DNB]" */
    public String label() {
        String names = nameEn == null || nameEn.equals(nameVi) ? nameVi : nameVi + " (" + nameEn + ")";
        return names + " [" + String.join(", ", codes) + "]";
    }
}
