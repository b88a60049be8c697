package vn.dnnd.referencedata;

/** One thing wrong with a reference file, located by file and line (0 when it concerns the whole file). */
public record ReferenceProblem(String fileName, int lineNo, String message) {

    static ReferenceProblem of(String fileName, int lineNo, String vietnamese, String english) {
        return new ReferenceProblem(fileName, lineNo, vietnamese + " (" + english + ")");
    }

    @Override
    public String toString() {
        String where = lineNo > 0 ? fileName + " dòng " + lineNo + " (line " + lineNo + ")" : fileName;
        return where + ": " + message;
    }
}
