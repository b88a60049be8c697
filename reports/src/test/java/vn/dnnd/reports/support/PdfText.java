package vn.dnnd.reports.support;

import java.io.IOException;
import java.io.UncheckedIOException;
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

/** A rendered PDF read back with PDFBox, as a reader's copy-and-paste would see it. */
public final class PdfText {

    private final List<String> pages = new ArrayList<>();
    private final List<String> fonts = new ArrayList<>();
    private final List<String> unembedded = new ArrayList<>();

    public PdfText(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                pages.add(stripper.getText(document));
            }
            for (PDPage page : document.getPages()) {
                collectFonts(page.getResources());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int pageCount() {
        return pages.size();
    }

    /** The text of a page (1-based), whitespace folded to single spaces, NFC. */
    public String page(int page) {
        return fold(pages.get(page - 1));
    }

    /** All the text, whitespace folded: words wrapped over two lines read as one phrase. */
    public String all() {
        return fold(String.join(" ", pages));
    }

    /** The first page after {@code after} whose text contains the phrase, or -1. */
    public int pageOf(String phrase, int after) {
        for (int page = after + 1; page <= pages.size(); page++) {
            if (page(page).contains(fold(phrase))) {
                return page;
            }
        }
        return -1;
    }

    public List<String> fonts() {
        return fonts;
    }

    public List<String> unembeddedFonts() {
        return unembedded;
    }

    /** NFC, every run of spaces (no-break spaces too: a reader's copy reads them as spaces) one space. */
    public static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC).replaceAll("[\\s\u00A0\u202F]+", " ").trim();
    }

    private void collectFonts(PDResources resources) throws IOException {
        if (resources == null) {
            return;
        }
        for (COSName name : resources.getFontNames()) {
            PDFont font = resources.getFont(name);
            fonts.add(font.getName());
            if (!font.isEmbedded()) {
                unembedded.add(font.getName());
            }
        }
        for (COSName name : resources.getXObjectNames()) {
            PDXObject object = resources.getXObject(name);
            if (object instanceof PDFormXObject form) {
                collectFonts(form.getResources());
            }
        }
    }
}
