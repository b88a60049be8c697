package vn.dnnd.referencedata;

/**
 * Vietnamese label, English in brackets, for each kind of reporting organisation (the kinds the reference
 * data allows), as the console and the reminder's status workbook show them. The reports' own per-language
 * words for the kinds are in the reports library's labels.
 */
public final class OrganisationKindLabel {

    private OrganisationKindLabel() {
    }

    public static String of(String kind) {
        return switch (kind) {
            case "province" -> "Tỉnh, thành phố (provinces and cities)";
            case "central_org" -> "Mặt trận, đoàn thể, tổ chức nhân dân Trung ương (central people's organisations)";
            case "party_board" -> "Ban, đảng ủy Trung ương (central Party boards and committees)";
            case "ministry" -> "Bộ, ngành (ministries)";
            default -> kind;
        };
    }

    public static String shortly(String kind) {
        return switch (kind) {
            case "province" -> "tỉnh, thành phố (province)";
            case "central_org" -> "tổ chức Trung ương (central organisation)";
            case "party_board" -> "ban, đảng ủy Trung ương (Party board)";
            case "ministry" -> "bộ, ngành (ministry)";
            default -> kind;
        };
    }
}
