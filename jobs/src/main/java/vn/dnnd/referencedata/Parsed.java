package vn.dnnd.referencedata;

import java.util.List;

/** A reference line after parsing: the row, and what was wrong with it (empty when nothing). */
record Parsed<T>(T row, List<ReferenceProblem> problems) {
}
