package vn.dnnd.reports.pdf;

import java.math.BigDecimal;

/**
 * Heat-map colours: one blue in four strengths, so the grid still reads when printed in grey; white
 * figures on the two darker strengths.
 */
final class HeatColours {

    static final String[] BACKGROUNDS = {"#1F4E79", "#5B8DB8", "#A9C4DE", "#E3ECF5"};

    private HeatColours() {
    }

    static String background(BigDecimal score) {
        return score == null ? "#FFFFFF" : BACKGROUNDS[band(score)];
    }

    static String foreground(BigDecimal score) {
        return score != null && band(score) < 2 ? "#FFFFFF" : "#000000";
    }

    /** 0 for 80 and above, 1 for 60-79, 2 for 40-59, 3 below 40. */
    static int band(BigDecimal score) {
        double value = score.doubleValue();
        return value >= 80 ? 0 : value >= 60 ? 1 : value >= 40 ? 2 : 3;
    }
}
