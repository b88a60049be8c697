package vn.dnnd.reports.support;

import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.color.PDColor;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;

/**
 * What a PDF page draws, read back from its content stream: filled rectangles with their colour and stroked
 * straight segments with their colour and width, in PDF user space (origin bottom left, points).
 */
public final class PdfGraphics {

    /** A filled rectangle and its fill colour as #RRGGBB. */
    public record Fill(Rectangle2D box, String colour) {
    }

    /** A stroked straight segment, its colour as #RRGGBB and its width in points. */
    public record Stroke(Point2D from, Point2D to, String colour, double width) {

        /** Whether this segment runs along the given edge (within half a point), covering most of it. */
        public boolean covers(Point2D a, Point2D b) {
            double tolerance = 0.6;
            boolean horizontal = Math.abs(a.getY() - b.getY()) < tolerance;
            if (horizontal) {
                return Math.abs(from.getY() - a.getY()) < tolerance && Math.abs(to.getY() - a.getY()) < tolerance
                        && overlap(from.getX(), to.getX(), a.getX(), b.getX()) > 0.8 * Math.abs(b.getX() - a.getX());
            }
            return Math.abs(from.getX() - a.getX()) < tolerance && Math.abs(to.getX() - a.getX()) < tolerance
                    && overlap(from.getY(), to.getY(), a.getY(), b.getY()) > 0.8 * Math.abs(b.getY() - a.getY());
        }

        private static double overlap(double a1, double a2, double b1, double b2) {
            return Math.min(Math.max(a1, a2), Math.max(b1, b2)) - Math.max(Math.min(a1, a2), Math.min(b1, b2));
        }
    }

    private final List<Fill> fills = new ArrayList<>();
    private final List<Stroke> strokes = new ArrayList<>();

    private PdfGraphics() {
    }

    /** The drawing of one page (1-based). */
    public static PdfGraphics page(byte[] pdf, int page) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PdfGraphics graphics = new PdfGraphics();
            graphics.new Reader(document.getPage(page - 1)).processPage(document.getPage(page - 1));
            return graphics;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<Fill> fills() {
        return fills;
    }

    public List<Stroke> strokes() {
        return strokes;
    }

    /** The strokes that run along an edge, in a colour other than {@code not}. */
    public List<Stroke> along(Point2D a, Point2D b, String not) {
        return strokes.stream().filter(s -> s.covers(a, b) && !s.colour().equalsIgnoreCase(not)).toList();
    }

    private final class Reader extends PDFGraphicsStreamEngine {

        private final List<Point2D> rectangle = new ArrayList<>();
        private final List<Point2D[]> segments = new ArrayList<>();
        private Point2D current;

        Reader(PDPage page) {
            super(page);
        }

        @Override
        public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
            rectangle.clear();
            rectangle.addAll(List.of(p0, p1, p2, p3));
            segments.add(new Point2D[] {p0, p1});
            segments.add(new Point2D[] {p1, p2});
            segments.add(new Point2D[] {p2, p3});
            segments.add(new Point2D[] {p3, p0});
        }

        @Override
        public void moveTo(float x, float y) {
            current = new Point2D.Float(x, y);
        }

        @Override
        public void lineTo(float x, float y) {
            Point2D next = new Point2D.Float(x, y);
            if (current != null) {
                segments.add(new Point2D[] {current, next});
            }
            current = next;
        }

        @Override
        public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
            current = new Point2D.Float(x3, y3);
        }

        @Override
        public Point2D getCurrentPoint() {
            return current;
        }

        @Override
        public void closePath() {
        }

        @Override
        public void endPath() {
            clear();
        }

        @Override
        public void strokePath() throws IOException {
            String colour = hex(getGraphicsState().getStrokingColor());
            double width = getGraphicsState().getLineWidth() * getGraphicsState().getCurrentTransformationMatrix()
                    .getScalingFactorX();
            for (Point2D[] segment : segments) {
                strokes.add(new Stroke(segment[0], segment[1], colour, width));
            }
            clear();
        }

        @Override
        public void fillPath(int windingRule) throws IOException {
            recordFill();
            clear();
        }

        private void recordFill() throws IOException {
            if (rectangle.size() == 4) {
                Point2D a = rectangle.get(0);
                Point2D c = rectangle.get(2);
                Rectangle2D box = new Rectangle2D.Double(Math.min(a.getX(), c.getX()), Math.min(a.getY(), c.getY()),
                        Math.abs(c.getX() - a.getX()), Math.abs(c.getY() - a.getY()));
                fills.add(new Fill(box, hex(getGraphicsState().getNonStrokingColor())));
            }
        }

        @Override
        public void fillAndStrokePath(int windingRule) throws IOException {
            recordFill();
            strokePath();
        }

        @Override
        public void clip(int windingRule) {
        }

        @Override
        public void drawImage(PDImage pdImage) {
        }

        @Override
        public void shadingFill(org.apache.pdfbox.cos.COSName shadingName) {
        }

        private void clear() {
            rectangle.clear();
            segments.clear();
            current = null;
        }

        private static String hex(PDColor colour) throws IOException {
            return String.format("#%06X", colour.toRGB() & 0xFFFFFF);
        }
    }
}
