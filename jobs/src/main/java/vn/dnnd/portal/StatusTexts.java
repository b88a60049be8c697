package vn.dnnd.portal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import vn.dnnd.reports.model.Bilingual;
import vn.dnnd.reports.model.OrganisationKind;
import vn.dnnd.reports.model.ReportLanguage;
import vn.dnnd.reports.status.BoardRegion;
import vn.dnnd.reports.status.BoardRow;
import vn.dnnd.reports.status.BoardState;
import vn.dnnd.reports.text.Labels;
import vn.dnnd.reports.text.NumberText;
import vn.dnnd.reports.text.VietnamTime;

/**
 * How the status board page writes its values in the page's language: numbers as the reports write them
 * (1.234 / 1,234), times in Vietnam time, and the states, kinds and channels in the words of the board's
 * workbook (the reports library's labels), so the page and the file a reviewer downloads say the same thing.
 */
public final class StatusTexts {

    private static final DateTimeFormatter VI_DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter VI_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    private static final DateTimeFormatter EN_DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);
    private static final DateTimeFormatter EN_TIME = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.UK);

    private final ReportLanguage language;
    private final Labels labels;
    private final NumberText numbers;

    StatusTexts(ReportLanguage language) {
        this.language = language;
        this.labels = Labels.of(language);
        this.numbers = new NumberText(language);
    }

    /** English when the page is English, Vietnamese otherwise (the first language). */
    static ReportLanguage languageOf(Locale locale) {
        return "en".equals(locale.getLanguage()) ? ReportLanguage.EN : ReportLanguage.VI;
    }

    public boolean english() {
        return language == ReportLanguage.EN;
    }

    public String count(long value) {
        return numbers.count(value);
    }

    public String day(LocalDate day) {
        return day == null ? NumberText.MISSING : (english() ? EN_DAY : VI_DAY).format(day);
    }

    public String time(OffsetDateTime time) {
        return time == null ? NumberText.MISSING
                : (english() ? EN_TIME : VI_TIME).format(time.atZoneSameInstant(VietnamTime.ZONE));
    }

    public String state(BoardState state) {
        return labels.get("board.state." + state.name());
    }

    /** A row's state: a reporter that sent a version still awaiting review has sent, but nothing counts yet. */
    public String state(BoardRow row) {
        return row.awaitingOnly() ? labels.get("board.state.AWAITING_REVIEW") : state(row.state());
    }

    public String stateClass(BoardRow row) {
        return row.awaitingOnly() ? "warning" : stateClass(row.state());
    }

    /** The portal.css class that marks a state: received in time, late, overdue, or simply not yet due. */
    public String stateClass(BoardState state) {
        return switch (state) {
            case ON_TIME -> "ok";
            case LATE -> "warning";
            case OVERDUE -> "error";
            case NOT_YET_DUE -> "muted";
        };
    }

    public String kind(OrganisationKind kind) {
        return labels.get("kind." + kind.code());
    }

    public String channel(String channel) {
        return channel == null ? NumberText.MISSING : labels.get("board.channel." + channel);
    }

    /** A text that has both languages (a period's or a region's name) in the page's. */
    public String text(Bilingual text) {
        return text.in(language);
    }

    public String region(BoardRegion region) {
        return region == null ? NumberText.MISSING : region.name().in(language);
    }

    public String version(Integer version) {
        return version == null ? NumberText.MISSING : numbers.count(version);
    }
}
