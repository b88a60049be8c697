package vn.dnnd.schedule;

import vn.dnnd.system.DnndException;

/**
 * Why a schedule cannot be run now: it is off, its job is missing, a run of it is going, or the job instance it
 * would launch has already completed. {@code executionId} names the execution in the way, if there is one.
 */
public class RunNowRefused extends DnndException {

    private final Long executionId;

    RunNowRefused(String vietnamese, String english, Long executionId) {
        super(vietnamese, english);
        this.executionId = executionId;
    }

    public Long executionId() {
        return executionId;
    }
}
