package vn.dnnd.reports.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * The lines of each page as a reader sees them, top to bottom, each with its glyphs (and so their font sizes).
 * Text standing side by side (the recipients and the signature) shares a line.
 */
public final class PdfLines {

    /** One line of a page: its text (spaces folded) and its glyphs. */
    public record Line(String text, List<TextPosition> glyphs) {

        /** The font size in points of the glyphs of the first occurrence of the phrase on this line, or 0. */
        public float sizeOf(String phrase) {
            StringBuilder unicode = new StringBuilder();
            List<Integer> owner = new ArrayList<>();
            for (int i = 0; i < glyphs.size(); i++) {
                String glyph = Normalizer.normalize(glyphs.get(i).getUnicode(), Normalizer.Form.NFC)
                        .replace('\u00A0', ' ');
                for (char c : glyph.toCharArray()) {
                    unicode.append(c);
                    owner.add(i);
                }
            }
            int at = unicode.toString().replaceAll("\\s", " ").indexOf(phrase);
            if (at < 0) {
                return 0;
            }
            return glyphs.get(owner.get(at)).getFontSizeInPt();
        }

        /** Whether every glyph of the line is set in {@code size} points (within a tenth of a point). */
        public boolean allIn(float size) {
            return glyphs.stream().filter(g -> !g.getUnicode().isBlank())
                    .allMatch(g -> Math.abs(g.getFontSizeInPt() - size) < 0.1f);
        }
    }

    private final List<List<Line>> pages = new ArrayList<>();

    public PdfLines(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            Collector collector = new Collector();
            collector.setSortByPosition(true);
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                collector.setStartPage(page);
                collector.setEndPage(page);
                collector.lines.clear();
                collector.getText(document);
                collector.endLine();
                pages.add(List.copyOf(collector.lines));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int pageCount() {
        return pages.size();
    }

    /** The lines of a page (1-based), blank lines left out. */
    public List<Line> page(int page) {
        return pages.get(page - 1);
    }

    /** The first line of the page that contains the phrase (spaces folded), or null. */
    public Line find(int page, String phrase) {
        String folded = PdfText.fold(phrase);
        return page(page).stream().filter(line -> line.text().contains(folded)).findFirst().orElse(null);
    }

    private static final class Collector extends PDFTextStripper {

        private final List<Line> lines = new ArrayList<>();
        private final StringBuilder text = new StringBuilder();
        private final List<TextPosition> glyphs = new ArrayList<>();

        Collector() throws IOException {
        }

        @Override
        protected void writeString(String string, List<TextPosition> positions) {
            text.append(string);
            glyphs.addAll(positions);
        }

        @Override
        protected void writeWordSeparator() {
            text.append(' ');
        }

        @Override
        protected void writeLineSeparator() {
            endLine();
        }

        void endLine() {
            String folded = PdfText.fold(text.toString());
            if (!folded.isEmpty()) {
                lines.add(new Line(folded, List.copyOf(glyphs)));
            }
            text.setLength(0);
            glyphs.clear();
        }
    }
}
