package vn.dnnd.cli;

/** How a long Vietnamese name fits a console column (the cells themselves come from vn.dnnd.indicator.FigureText). */
final class IndicatorCells {

    private IndicatorCells() {
    }

    /** Cuts a long Vietnamese name to a column, marking the cut. */
    static String fit(String text, int width) {
        return text.length() <= width ? text : text.substring(0, width - 1) + "…";
    }
}
