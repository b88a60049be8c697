package vn.dnnd.operations;

import vn.dnnd.system.DnndException;

/** A job execution id that the job repository does not know: the portal answers it 404, the command line exit 1. */
public class ExecutionNotFound extends DnndException {

    public ExecutionNotFound(long executionId) {
        super("Không có lần chạy #" + executionId, "no job execution " + executionId);
    }
}
