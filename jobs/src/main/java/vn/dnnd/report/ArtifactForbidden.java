package vn.dnnd.report;

import vn.dnnd.system.DnndException;

/** The reader's roles may not open this kind of report ({@link ReportAudience}): "forbidden" to a reader. */
public class ArtifactForbidden extends DnndException {

    public ArtifactForbidden(long id, String kind) {
        super("Vai trò của bạn không được mở tệp báo cáo số " + id + " (loại " + kind + ")",
                "your role may not open report file " + id + " (kind " + kind + ")");
    }
}
