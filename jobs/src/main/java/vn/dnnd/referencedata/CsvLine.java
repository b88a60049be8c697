package vn.dnnd.referencedata;

import java.util.Map;

/** One data line of a reference file: its values by column, or why it could not be split. */
record CsvLine(String fileName, int lineNo, Map<String, String> values, String splitProblem) {
}
