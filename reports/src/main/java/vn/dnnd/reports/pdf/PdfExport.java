package vn.dnnd.reports.pdf;

import java.io.OutputStream;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.SimplePdfExporterConfiguration;
import vn.dnnd.reports.model.ReportLanguage;

/** Writes a filled report as PDF with its title, author and language in the document information. */
final class PdfExport {

    private PdfExport() {
    }

    static void write(JasperPrint print, PdfInfo info, OutputStream out) {
        JRPdfExporter exporter = new JRPdfExporter();
        exporter.setExporterInput(new SimpleExporterInput(print));
        exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
        SimplePdfExporterConfiguration configuration = new SimplePdfExporterConfiguration();
        configuration.setMetadataTitle(info.title());
        configuration.setMetadataAuthor(info.author());
        configuration.setMetadataSubject(info.subject());
        configuration.setMetadataCreator("dnnd");
        configuration.setDisplayMetadataTitle(true);
        configuration.setCompressed(true);
        exporter.setConfiguration(configuration);
        try {
            exporter.exportReport();
        } catch (JRException e) {
            throw new IllegalStateException("PDF export failed for \"" + info.title() + "\": " + e.getMessage(), e);
        }
    }

    /** Document information written into the PDF. */
    record PdfInfo(String title, String author, String subject, ReportLanguage language) {
    }
}
