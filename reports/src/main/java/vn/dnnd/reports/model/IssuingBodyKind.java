package vn.dnnd.reports.model;

/**
 * What kind of Party body issues the report, which decides how its signer's lines read (Guidance
 * 36-HD/VPTW): a collective body signs on behalf of its standing committee, an advisory board with its
 * head's title. The wording is only the default: an office may set its own capacity and title lines.
 */
public enum IssuingBodyKind {

    /** A Party committee (đảng ủy, tỉnh ủy): "T/M BAN THƯỜNG VỤ" over "BÍ THƯ" or "PHÓ BÍ THƯ". */
    PARTY_COMMITTEE("T/M BAN THƯỜNG VỤ", "BÍ THƯ", "T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ"),

    /** An advisory board of the Party (ban đảng): "TRƯỞNG BAN", or "K/T TRƯỞNG BAN" over "PHÓ TRƯỞNG BAN". */
    PARTY_BOARD("", "TRƯỞNG BAN", "K/T TRƯỞNG BAN", "PHÓ TRƯỞNG BAN");

    /** Who signs: the head, a deputy, or the office by order of the standing committee ("T/L"). */
    public enum Signer { HEAD, DEPUTY, BY_ORDER }

    private final String headCapacity;
    private final String headTitle;
    private final String deputyCapacity;
    private final String deputyTitle;

    IssuingBodyKind(String headCapacity, String headTitle, String deputyCapacity, String deputyTitle) {
        this.headCapacity = headCapacity;
        this.headTitle = headTitle;
        this.deputyCapacity = deputyCapacity;
        this.deputyTitle = deputyTitle;
    }

    /** The signature block's lines for this kind of body and signer, with the signer's name (may be empty). */
    public Signature signature(Signer signer, String name) {
        return switch (signer) {
            case HEAD -> new Signature(headCapacity, headTitle, name);
            case DEPUTY -> new Signature(deputyCapacity, deputyTitle, name);
            case BY_ORDER -> {
                if (this != PARTY_COMMITTEE) {
                    throw new IllegalArgumentException("only a Party committee's office signs by order (T/L)");
                }
                yield new Signature("T/L BAN THƯỜNG VỤ", "CHÁNH VĂN PHÒNG", name);
            }
        };
    }
}
