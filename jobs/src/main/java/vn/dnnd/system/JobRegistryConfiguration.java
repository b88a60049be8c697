package vn.dnnd.system;

import org.springframework.batch.core.configuration.JobRegistry;
import org.springframework.batch.core.configuration.support.MapJobRegistry;
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
        return new MapJobRegistry();
    }
}
