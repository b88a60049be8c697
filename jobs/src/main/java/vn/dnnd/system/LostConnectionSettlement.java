package vn.dnnd.system;

import org.springframework.batch.core.job.AbstractJob;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * Every job of the application settles an end left UNKNOWN by a lost database connection as FAILED
 * ({@link LostConnection#settle}) before its end is recorded, however it was launched: a command
 * ({@link BatchJobs}), a schedule, {@code jobs restart}, or a pipeline running it as one of its steps.
 * So every such run is restartable, and a pipeline restarted later can restart the job it ran.
 */
@Component
class LostConnectionSettlement implements BeanPostProcessor {

    private final ObjectProvider<JobRepository> jobRepository;

    LostConnectionSettlement(ObjectProvider<JobRepository> jobRepository) {
        this.jobRepository = jobRepository;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof AbstractJob job) {
            job.registerJobExecutionListener(new JobExecutionListener() {
                @Override
                public void afterJob(JobExecution execution) {
                    LostConnection.settle(execution, jobRepository.getObject());
                }
            });
        }
        return bean;
    }
}
