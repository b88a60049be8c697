package vn.dnnd.referencedata;

/** A line of tasks.csv: one of the directive's 8 tasks in its own words. */
record TaskRow(int lineNo, int taskNo, String code, String shortNameVi, String nameEn, String directiveTextVi) {

    static TaskRow parse(CsvFields f) {
        int taskNo = f.integer("task_no");
        String code = f.code("code");
        if (taskNo < 1 || taskNo > 8) {
            f.problem("số nhiệm vụ phải từ 1 đến 8, không phải " + taskNo, "task number must be 1 to 8, not " + taskNo);
        } else if (!code.equals("T" + taskNo)) {
            f.problem("mã nhiệm vụ phải là T" + taskNo, "task code must be T" + taskNo);
        }
        return new TaskRow(f.lineNo(), taskNo, code, f.text("short_name_vi"), f.text("name_en"),
                f.text("directive_text_vi"));
    }
}
