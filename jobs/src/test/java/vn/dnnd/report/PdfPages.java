package vn.dnnd.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.text.PDFTextStripper;

/** A rendered PDF file read back with PDFBox: its text as a reader would copy it, its pages and fonts. */
record PdfPages(String text, int pageCount, List<String> unembeddedFonts) {

    static PdfPages read(Path file) throws IOException {
        try (PDDocument document = Loader.loadPDF(Files.readAllBytes(file))) {
            String text = new PDFTextStripper().getText(document);
            List<String> unembedded = new ArrayList<>();
            for (PDPage page : document.getPages()) {
                collectUnembedded(page.getResources(), unembedded);
            }
            String folded = Normalizer.normalize(text, Normalizer.Form.NFC).replaceAll("[\\s\\u00A0\\u202F]+", " ").trim();
            return new PdfPages(folded, document.getNumberOfPages(), unembedded);
        }
    }

    private static void collectUnembedded(PDResources resources, List<String> unembedded) throws IOException {
        if (resources == null) {
            return;
        }
        for (COSName name : resources.getFontNames()) {
            PDFont font = resources.getFont(name);
            if (!font.isEmbedded()) {
                unembedded.add(font.getName());
            }
        }
        for (COSName name : resources.getXObjectNames()) {
            PDXObject object = resources.getXObject(name);
            if (object instanceof PDFormXObject form) {
                collectUnembedded(form.getResources(), unembedded);
            }
        }
    }
}
