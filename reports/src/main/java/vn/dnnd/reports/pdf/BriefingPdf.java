package vn.dnnd.reports.pdf;

import java.io.ByteArrayOutputStream;
import java.util.HashMap;
import java.util.Map;
import net.sf.jasperreports.engine.JREmptyDataSource;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import vn.dnnd.reports.model.Briefing;
import vn.dnnd.reports.model.ReportLanguage;
import vn.dnnd.reports.text.Labels;

/**
 * Renders the leaders' briefing: two A4 pages at most, whatever the data (see {@link BriefingParameters}
 * for how long lists are cut). Thread-safe.
 */
public final class BriefingPdf {

    static final String MASTER = "briefing";

    public byte[] render(Briefing briefing, ReportLanguage language) {
        Labels labels = Labels.of(language);
        String title = labels.get("briefing.title");
        String subject = HeaderText.subject(briefing.meta(), labels, null);
        Map<String, Object> parameters = new HashMap<>(new BriefingParameters(briefing, language).build(title, subject));
        parameters.put("TEMPLATES", JasperTemplates.all("briefing-figures", "briefing-heatmap", "briefing-changes"));
        parameters.put(JRParameter.REPORT_LOCALE, language.locale());
        parameters.put(JRParameter.REPORT_RESOURCE_BUNDLE, labels.bundle());
        JasperPrint print;
        try {
            print = JasperFillManager.fillReport(JasperTemplates.get(MASTER), parameters, new JREmptyDataSource(0));
        } catch (JRException e) {
            throw new IllegalStateException("filling the briefing failed: " + e.getMessage(), e);
        }
        ByteArrayOutputStream pdf = new ByteArrayOutputStream(128 * 1024);
        PdfExport.write(print, new PdfExport.PdfInfo(title + " " + subject, briefing.meta().header().issuingBody(),
                subject, language), pdf);
        return pdf.toByteArray();
    }
}
