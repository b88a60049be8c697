package vn.dnnd.reports.xlsx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import vn.dnnd.reports.model.ReportLanguage;
import vn.dnnd.reports.status.BoardCounts;
import vn.dnnd.reports.status.BoardRow;
import vn.dnnd.reports.status.StatusBoard;
import vn.dnnd.reports.text.Labels;

/**
 * The status board of a period as a workbook, in the language asked for: a summary sheet (period, dates,
 * filters, counts) and one row per expected reporter. Dates and numbers are typed cells with Excel formats,
 * so each reader sees them in the form of their own settings. Written with SXSSF like the analyst workbook:
 * a board is small, but one writer path for every table keeps the quoting of formula-like names in one place.
 */
public final class StatusBoardXlsx {

    private StatusBoardXlsx() {
    }

    public static byte[] write(StatusBoard board, ReportLanguage language) {
        Labels labels = Labels.of(language);
        String footer = labels.format("xlsx.footer", board.periodName().in(language), "&P", "&N");
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(AnalystWorkbookXlsx.WINDOW);
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            try {
                WorkbookStyles styles = new WorkbookStyles(workbook, labels.get("value.yes"), labels.get("value.no"));
                SheetContext context = new SheetContext(workbook, styles, language, labels, footer);
                summary(context, board);
                reporters(context, board.rows(), board.showsReview());
                workbook.write(out);
                return out.toByteArray();
            } finally {
                // SXSSF keeps its rows in temporary files until disposed.
                workbook.dispose();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("writing the status board workbook of " + board.periodCode() + " failed", e);
        }
    }

    private static void summary(SheetContext context, StatusBoard board) {
        Labels labels = context.labels();
        ReportLanguage language = context.language();
        TableSheet sheet = context.sheet("board.sheet.summary",
                List.of(context.column("xlsx.item", 44), context.column("xlsx.itemValue", 60)));
        String all = labels.get("board.filter.all");
        sheet.row().text(labels.get("board.title")).text(board.periodName().in(language));
        sheet.row().text(labels.get("xlsx.period")).text(board.periodCode());
        sheet.row().text(labels.get("board.dueOn")).date(board.dueOn());
        sheet.row().text(labels.get("board.locksOn")).date(board.locksOn());
        sheet.row().text(labels.get("xlsx.generatedAt")).dateTime(board.generatedAt());
        sheet.row().text(labels.get("board.filter.region"))
                .text(board.region() == null ? all : board.region().name().in(language));
        sheet.row().text(labels.get("board.filter.kind"))
                .text(board.kind() == null ? all : labels.get("kind." + board.kind().code()));
        BoardCounts counts = board.counts();
        sheet.row().text(labels.get("board.expected")).number(counts.expected());
        sheet.row().text(labels.get("board.submitted")).number(counts.submitted());
        sheet.row().text(labels.get("board.onTime")).number(counts.onTime());
        sheet.row().text(labels.get("board.late")).number(counts.late());
        sheet.row().text(labels.get("board.missing")).number(counts.missing());
        sheet.row().text(labels.get("board.notYetDue")).number(counts.notYetDue());
        sheet.row().text(labels.get("board.overdue")).number(counts.overdue());
        if (board.showsReview()) {
            sheet.row().text(labels.get("board.awaitingReview")).number(counts.awaitingReview());
            sheet.row().text(labels.get("board.returned")).number(counts.returned());
        }
        sheet.finish();
    }

    /** With review, three more columns: the review state, the version awaiting review, the reason for a return. */
    private static void reporters(SheetContext context, List<BoardRow> rows, boolean review) {
        Labels labels = context.labels();
        List<TableSheet.Column> columns = new ArrayList<>(List.of(
                context.column("xlsx.organisationCode", 14), context.column("board.nameVi", 40),
                context.column("board.nameEn", 34), context.column("table.kind", 30),
                context.column("xlsx.regionCode", 12), context.column("table.region", 34),
                context.column("table.status", 22), context.column("board.version", 10),
                context.column("xlsx.receivedAt", 17), context.column("board.channel", 16),
                context.column("board.rejectedAttempts", 12)));
        if (review) {
            columns.addAll(List.of(context.column("board.review", 26), context.column("board.awaitingVersion", 10),
                    context.column("board.returnedVersion", 10),
                    new TableSheet.Column(labels.get("board.returnedReason"), 50, true)));
        }
        TableSheet sheet = context.sheet("board.sheet.reporters", columns);
        for (BoardRow row : rows) {
            sheet.row().text(row.code()).text(row.nameVi()).text(row.nameEn())
                    .text(labels.get("kind." + row.kind().code()))
                    .text(row.region() == null ? null : row.region().code())
                    .text(row.region() == null ? null : row.region().name().in(context.language()))
                    .text(labels.get(row.awaitingOnly() ? "board.state.AWAITING_REVIEW" : "board.state." + row.state().name()))
                    .number(version(row.version()), context.styles().integer)
                    .dateTime(row.receivedAt())
                    .text(row.channel() == null ? null : labels.get("board.channel." + row.channel()))
                    .number(row.rejectedAttempts());
            if (review) {
                sheet.text(row.review() == null ? null : labels.get("board.review." + row.review().name()))
                        .number(version(row.awaitingVersion()), context.styles().integer)
                        .number(version(row.returnedVersion()), context.styles().integer)
                        .wrapped(row.returnedReason());
            }
        }
        sheet.finish();
    }

    private static BigDecimal version(Integer version) {
        return version == null ? null : BigDecimal.valueOf(version);
    }
}
