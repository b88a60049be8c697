package vn.dnnd.operations;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.AbstractJob;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.AbstractStep;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * Adds two listeners to every job and step of the application, whichever feature wrote them: the job
 * listener tells {@link BatchControl} an execution began or ended (graceful shutdown and the scheduler need
 * to know what runs in this process); the step listener writes one line per step with its counts and duration,
 * and keeps a failed step's failure readable in its execution context ({@link ExitDescriptions}).
 */
@Component
class TrackingListeners implements BeanPostProcessor {

    private final ObjectProvider<BatchControl> control;
    private final ObjectProvider<ConsoleProgress> progress;

    TrackingListeners(ObjectProvider<BatchControl> control, ObjectProvider<ConsoleProgress> progress) {
        this.control = control;
        this.progress = progress;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof AbstractJob job) {
            job.registerJobExecutionListener(new JobExecutionListener() {
                @Override
                public void beforeJob(JobExecution execution) {
                    control.getObject().started(execution);
                }

                @Override
                public void afterJob(JobExecution execution) {
                    control.getObject().ended(execution);
                }
            });
        }
        if (bean instanceof AbstractStep step) {
            step.registerStepExecutionListener(new StepExecutionListener() {
                @Override
                public void beforeStep(StepExecution execution) {
                    // A restarted step begins with its failed predecessor's context: that failure is not its own.
                    execution.getExecutionContext().remove(ExitDescriptions.CONTEXT_KEY);
                }

                @Override
                public ExitStatus afterStep(StepExecution execution) {
                    progress.getObject().print(ExecutionLines.step(execution));
                    if (execution.getStatus() == BatchStatus.FAILED && !execution.getFailureExceptions().isEmpty()) {
                        execution.getExecutionContext().putString(ExitDescriptions.CONTEXT_KEY,
                                ExitDescriptions.fromFailure(execution.getFailureExceptions().get(0)));
                    }
                    return null;
                }
            });
        }
        return bean;
    }
}
