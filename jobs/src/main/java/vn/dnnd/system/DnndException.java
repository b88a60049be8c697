package vn.dnnd.system;

/**
 * A failure the user can act on, worded in Vietnamese with the English in brackets. The command
 * line prints {@link #getMessage()} as the single error line.
 */
public class DnndException extends RuntimeException {

    private final String vietnamese;
    private final String english;

    public DnndException(String vietnamese, String english) {
        this(vietnamese, english, null);
    }

    public DnndException(String vietnamese, String english, Throwable cause) {
        super(vietnamese + " (" + english + ")", cause);
        this.vietnamese = vietnamese;
        this.english = english;
    }

    public String vietnamese() {
        return vietnamese;
    }

    public String english() {
        return english;
    }
}
