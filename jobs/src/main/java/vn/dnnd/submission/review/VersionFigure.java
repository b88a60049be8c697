package vn.dnnd.submission.review;

import java.math.BigDecimal;
import java.math.RoundingMode;
import vn.dnnd.reports.text.VietnameseFormat;

/**
 * One indicator of a version under review, beside the version that counts now for the same period and the
 * organisation's counted version of the previous year. A value is a number, yes/no, "not applicable", or missing
 * (null: never shown as 0).
 */
public record VersionFigure(String code, int taskNo, String nameVi, String nameEn, String unitVi, String unitEn,
                            Value thisVersion, Value counted, Value previousYear) {

    /** One answer as stored: a number, a yes/no, or not applicable; all null when missing. */
    public record Value(BigDecimal number, Boolean yes, boolean notApplicable) {

        public boolean missing() {
            return number == null && yes == null && !notApplicable;
        }

        public String text(String language) {
            boolean vi = !"en".equals(language);
            if (notApplicable) {
                return vi ? "không áp dụng" : "n/a";
            }
            if (yes != null) {
                return yes ? (vi ? "có" : "yes") : (vi ? "không" : "no");
            }
            if (number == null) {
                return "—";
            }
            BigDecimal plain = number.stripTrailingZeros();
            int decimals = Math.max(0, Math.min(2, plain.scale()));
            return vi ? VietnameseFormat.decimal(number, decimals)
                    : String.format(java.util.Locale.ENGLISH, "%,." + decimals + "f", number);
        }
    }

    /** The change from the previous year in per cent, when both are numbers and last year's is not 0; else null. */
    public BigDecimal changeFromPreviousYear() {
        if (thisVersion.number() == null || previousYear.number() == null || previousYear.number().signum() == 0) {
            return null;
        }
        return thisVersion.number().subtract(previousYear.number()).multiply(BigDecimal.valueOf(100))
                .divide(previousYear.number().abs(), 1, RoundingMode.HALF_UP);
    }

    /** This version's answer differs from the one that counts now (a correction the reviewer should look at). */
    public boolean differsFromCounted() {
        return !java.util.Objects.equals(normal(thisVersion), normal(counted));
    }

    private static String normal(Value value) {
        return value.number() != null ? value.number().stripTrailingZeros().toPlainString()
                : value.yes() != null ? value.yes().toString() : value.notApplicable() ? "na" : null;
    }
}
