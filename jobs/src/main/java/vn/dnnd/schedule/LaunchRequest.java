package vn.dnnd.schedule;

import org.springframework.batch.core.job.parameters.JobParameters;

/** One job instance a fire asks for: its parameters, and the period it is for (null if none). */
public record LaunchRequest(String periodCode, JobParameters parameters, String occurrence) {

    static LaunchRequest of(String periodCode, JobParameters parameters) {
        return new LaunchRequest(periodCode, parameters, ParameterTemplate.occurrence(parameters));
    }
}
