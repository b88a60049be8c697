package vn.dnnd.submission.validation;

import java.util.ArrayList;
import java.util.List;
import vn.dnnd.submission.parse.Texts;
import vn.dnnd.submission.reference.IndicatorDefinition;
import vn.dnnd.system.Rule;

/** Collects every problem of one file, never stopping at the first. */
public final class Issues {

    private static final int MAX_VALUE_TEXT = 200;
    /** A message explains one problem; whatever it quotes from the file, it stays this short. */
    private static final int MAX_DETAIL = 1000;

    private final String fileName;
    private final Issue.Part part;
    private final List<Issue> list = new ArrayList<>();

    public Issues(String fileName) {
        this(fileName, null);
    }

    /** For one organisation-period of a multi-organisation file: every message names it. */
    public Issues(String fileName, Issue.Part part) {
        this.fileName = fileName;
        this.part = part;
    }

    public Issue.Part part() {
        return part;
    }

    public String fileName() {
        return fileName;
    }

    public void error(Rule rule, Location location, String vi, String en) {
        add(Severity.ERROR, rule, location, null, null, vi, en);
    }

    public void warning(Rule rule, Location location, String vi, String en) {
        add(Severity.WARNING, rule, location, null, null, vi, en);
    }

    public void error(Rule rule, Location location, IndicatorDefinition indicator, String value, String vi, String en) {
        add(Severity.ERROR, rule, location, indicator, value, vi, en);
    }

    public void warning(Rule rule, Location location, IndicatorDefinition indicator, String value, String vi, String en) {
        add(Severity.WARNING, rule, location, indicator, value, vi, en);
    }

    /** For a code that is not (or not yet known to be) in the catalogue. */
    public void errorOnCode(Rule rule, Location location, String indicatorCode, String vi, String en) {
        String code = Texts.quoted(indicatorCode);
        list.add(new Issue(Severity.ERROR, rule, fileName, part, location, code, code, null, detail(vi), detail(en)));
    }

    private void add(Severity severity, Rule rule, Location location, IndicatorDefinition indicator, String value,
                     String vi, String en) {
        list.add(new Issue(severity, rule, fileName, part, location, indicator == null ? null : indicator.code(),
                indicator == null ? null : indicator.label(), Texts.excerpt(value, MAX_VALUE_TEXT), detail(vi), detail(en)));
    }

    private static String detail(String text) {
        return Texts.excerpt(text, MAX_DETAIL);
    }

    public void addAll(List<Issue> issues) {
        list.addAll(issues);
    }

    public boolean hasErrors() {
        return list.stream().anyMatch(Issue::isError);
    }

    public List<Issue> all() {
        return List.copyOf(list);
    }
}
