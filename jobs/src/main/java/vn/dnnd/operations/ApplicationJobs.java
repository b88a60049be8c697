package vn.dnnd.operations;

import java.util.Collection;
import java.util.Map;
import java.util.TreeSet;
import org.springframework.batch.core.job.Job;
import org.springframework.stereotype.Component;
import vn.dnnd.system.DnndException;

/**
 * The application's Spring Batch jobs, whichever feature declared them, found by bean or job name: the
 * one lookup behind starting a job by its name, whether a schedule fires it or an operator asks for it.
 */
@Component
public class ApplicationJobs {

    private final Map<String, Job> jobs;

    public ApplicationJobs(Map<String, Job> jobs) {
        this.jobs = jobs;
    }

    public Job job(String name) {
        Job job = jobs.get(name);
        if (job != null) {
            return job;
        }
        return jobs.values().stream().filter(candidate -> candidate.getName().equals(name)).findFirst()
                .orElseThrow(() -> new DnndException("Không có job " + name, "no job named " + name));
    }

    /** Every bean and job name, sorted. */
    public Collection<String> names() {
        TreeSet<String> names = new TreeSet<>(jobs.keySet());
        jobs.values().forEach(job -> names.add(job.getName()));
        return names;
    }
}
