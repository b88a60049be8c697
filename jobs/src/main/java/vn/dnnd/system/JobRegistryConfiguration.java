package vn.dnnd.system;

import java.util.Set;
import org.springframework.batch.core.configuration.DuplicateJobException;
import org.springframework.batch.core.configuration.JobRegistry;
import org.springframework.batch.core.configuration.support.MapJobRegistry;
import org.springframework.batch.core.job.Job;
import org.springframework.beans.BeansException;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The job registry, through which the job operator finds a job to restart. Without this bean Spring Batch
 * fills a registry with the jobs that exist when the job operator is created; a pipeline, whose stages launch
 * jobs through the operator, is itself being created at that moment and would be left out. As a bean,
 * MapJobRegistry collects the jobs once every bean exists.
 */
@Configuration(proxyBeanMethods = false)
class JobRegistryConfiguration {

    @Bean
    JobRegistry jobRegistry() {
        return new ContextJobRegistry();
    }

    /**
     * A commands' context creates its beans lazily, so "once every bean exists" never comes and the map would
     * stay empty: a restart after a killed run then found no job. Asked for a job it has not collected yet, this
     * registry collects every job of the context first (creating those not yet created).
     */
    static final class ContextJobRegistry extends MapJobRegistry {

        private ApplicationContext context;

        @Override
        public void setApplicationContext(ApplicationContext applicationContext) throws BeansException {
            super.setApplicationContext(applicationContext);
            this.context = applicationContext;
        }

        @Override
        public Job getJob(String name) {
            Job job = super.getJob(name);
            if (job == null && context != null) {
                collect();
                job = super.getJob(name);
            }
            return job;
        }

        @Override
        public Set<String> getJobNames() {
            if (context != null) {
                collect();
            }
            return super.getJobNames();
        }

        private synchronized void collect() {
            for (Job job : context.getBeansOfType(Job.class).values()) {
                if (super.getJob(job.getName()) == null) {
                    try {
                        register(job);
                    } catch (DuplicateJobException alreadyThere) {
                        // another thread registered it between the check and now: the job is there, as wanted
                    }
                }
            }
        }
    }
}
