package vn.dnnd.reports.pdf;

import java.awt.Color;
import java.awt.Font;
import java.text.NumberFormat;
import java.util.Locale;
import net.sf.jasperreports.charts.JRAbstractChartCustomizer;
import net.sf.jasperreports.charts.JRChart;
import net.sf.jasperreports.engine.DefaultJasperReportsContext;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.fonts.FontUtil;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;

/**
 * The look of the two-period bar charts: the previous period light, this period dark (the colours of the
 * text legend beside the chart), flat bars, long category names on up to three lines, and the value
 * axis numbered the way the edition's readers write numbers.
 */
public class BarChartCustomizer extends JRAbstractChartCustomizer {

    /** The chart's words are drawn as outlines; the font still has to carry Vietnamese for the axis labels. */
    static final String FONT = "Liberation Serif";
    static final Color PREVIOUS = new Color(0x9D, 0xB4, 0xCF);
    static final Color CURRENT = new Color(0x1F, 0x4E, 0x79);

    @Override
    public void customize(JFreeChart chart, JRChart jasperChart) {
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setRangeGridlinePaint(new Color(0xC8, 0xC8, 0xC8));
        if (plot.getRenderer() instanceof BarRenderer bars) {
            bars.setBarPainter(new StandardBarPainter());
            bars.setShadowVisible(false);
            bars.setSeriesPaint(0, PREVIOUS);
            bars.setSeriesPaint(1, CURRENT);
            bars.setItemMargin(0.04);
            bars.setMaximumBarWidth(0.05);
        }
        Locale locale = getParameterValue(JRParameter.REPORT_LOCALE) instanceof Locale given ? given
                : Locale.forLanguageTag("vi-VN");
        Font font = FontUtil.getInstance(DefaultJasperReportsContext.getInstance())
                .getAwtFontFromBundles(FONT, Font.PLAIN, 8f, locale, true);
        CategoryAxis categories = plot.getDomainAxis();
        if (font != null) {
            categories.setTickLabelFont(font);
            plot.getRangeAxis().setTickLabelFont(font);
        }
        categories.setMaximumCategoryLabelLines(3);
        categories.setCategoryMargin(0.15);
        if (plot.getRangeAxis() instanceof NumberAxis values) {
            values.setNumberFormatOverride(NumberFormat.getNumberInstance(locale));
            values.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        }
    }
}
