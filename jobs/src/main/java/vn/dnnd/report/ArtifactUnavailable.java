package vn.dnnd.report;

import vn.dnnd.system.DnndException;

/** No recorded report file with this id, or its file is no longer the one archived: "not found" to a reader. */
public class ArtifactUnavailable extends DnndException {

    public ArtifactUnavailable(long id) {
        super("Không có tệp báo cáo số " + id, "no report file " + id);
    }
}
