package vn.dnnd.indicator;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.flow.FlowExecutionStatus;
import org.springframework.batch.core.job.flow.JobExecutionDecider;
import org.springframework.batch.core.step.StepExecution;

/** Annual periods compute values, completeness and scores; a review period builds its series. */
class PeriodKindDecider implements JobExecutionDecider {

    static final String ANNUAL = "ANNUAL";
    static final String REVIEW = "REVIEW";

    @Override
    public FlowExecutionStatus decide(JobExecution jobExecution, StepExecution stepExecution) {
        return new FlowExecutionStatus(ComputeRunContext.of(jobExecution).annual() ? ANNUAL : REVIEW);
    }
}
