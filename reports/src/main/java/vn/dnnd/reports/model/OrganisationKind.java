package vn.dnnd.reports.model;

/** The kinds of reporting organisation (organisation.kind). Their names come from the label bundles. */
public enum OrganisationKind {
    PROVINCE("province"), CENTRAL_ORG("central_org"), PARTY_BOARD("party_board"), MINISTRY("ministry");

    private final String code;

    OrganisationKind(String code) {
        this.code = code;
    }

    /** The code stored in the database: province, central_org, party_board, ministry. */
    public String code() {
        return code;
    }

    public static OrganisationKind fromCode(String code) {
        for (OrganisationKind kind : values()) {
            if (kind.code.equals(code)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("unknown organisation kind: " + code);
    }
}
