package vn.dnnd.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dnnd.support.SchedulerTestBed.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import vn.dnnd.support.SchedulerTestBed;
import vn.dnnd.system.DatabaseServer;

/**
 * Two scheduler instances on one database, as two {@code serve} on two machines: every fire of a short
 * cron trigger runs exactly once in the cluster; when the instance doing the work stops, the other
 * carries on.
 */
@SpringBootTest
class ScheduleClusterTests {

    private static final String PROBE_EVERY_TWO_SECONDS = """
                  probe:
                    job: probeJob
                    cron: "0/2 * * * * ?"
                    misfire: skip
                    parameters:
                      fire: "{fireTime}"
            """;

    @Autowired
    DatabaseServer embedded;

    @Test
    void eachFireRunsOnceAndTheOtherInstanceCarriesOn(@TempDir Path temp) {
        try (SchedulerTestBed bed = new SchedulerTestBed(embedded, "cluster")) {
            ConfigurableApplicationContext first = SchedulerTestBed.application(
                    bed.home(temp.resolve("a"), "dnnd_cluster_a", PROBE_EVERY_TWO_SECONDS));
            ConfigurableApplicationContext second = SchedulerTestBed.application(
                    bed.home(temp.resolve("b"), "dnnd_cluster_b", PROBE_EVERY_TWO_SECONDS));
            try {
                first.getBean(SchedulerService.class).start();
                String firstId = first.getBean(ClusterMembers.class).me();
                second.getBean(SchedulerService.class).start();
                String secondId = second.getBean(ClusterMembers.class).me();
                assertThat(firstId).isNotEqualTo(secondId);

                await("6 fires", Duration.ofSeconds(120), () -> bed.count("select count(*) from schedule_probe") >= 6);
                String busiest = bed.jdbc().queryForObject("""
                        select r.instance_name from schedule_run r order by r.fired_at desc limit 1""", String.class);
                ConfigurableApplicationContext stopping = busiest.equals(firstId) ? first : second;
                String survivor = busiest.equals(firstId) ? secondId : firstId;
                stopping.close();
                long firesBeforeStop = bed.count("select count(*) from schedule_run");

                await("4 more fires after one instance stopped", Duration.ofSeconds(120),
                        () -> bed.count("select count(*) from schedule_run where outcome = 'completed'") >= firesBeforeStop + 4);
                (stopping == first ? second : first).close();

                assertEveryFireRanExactlyOnce(bed);
                List<String> laterInstances = bed.jdbc().queryForList("""
                        select distinct instance_name from schedule_run
                         where run_id > (select max(run_id) - 4 from schedule_run)""", String.class);
                assertThat(laterInstances).containsExactly(survivor);
            } finally {
                first.close();
                second.close();
            }
        }
    }

    private static void assertEveryFireRanExactlyOnce(SchedulerTestBed bed) {
        List<Map<String, Object>> fires = bed.jdbc().queryForList("""
                select r.occurrence, r.outcome, r.attempts, count(e.job_execution_id) as executions,
                       count(p.job_execution_id) as probes
                  from schedule_run r
                  left join batch_job_instance i on i.job_name = 'probeJob'
                  left join batch_job_execution e on e.job_instance_id = i.job_instance_id
                                                 and e.job_execution_id = r.job_execution_id
                  left join schedule_probe p on p.job_execution_id = e.job_execution_id
                 group by r.run_id, r.occurrence, r.outcome, r.attempts
                """);
        long executions = bed.count("select count(*) from batch_job_execution");
        long probes = bed.count("select count(*) from schedule_probe");
        long distinctFires = bed.count("select count(distinct fire) from schedule_probe");
        // A fire still running when the last instance stopped ends STOPPED (interrupted): count completed ones.
        assertThat(fires).allSatisfy(fire -> {
            assertThat(fire.get("attempts")).as("attempts of %s", fire.get("occurrence")).isEqualTo(1);
            assertThat(((Number) fire.get("executions")).longValue()).as("executions of %s", fire.get("occurrence")).isEqualTo(1);
        });
        assertThat(executions).as("one job execution per fire").isEqualTo(fires.size());
        assertThat(probes).as("one job run per fire").isEqualTo(distinctFires).isEqualTo(fires.stream()
                .filter(fire -> "completed".equals(fire.get("outcome"))).count());
        assertThat(bed.jdbc().queryForList("select fire from schedule_probe", String.class))
                .allSatisfy(fire -> assertThat(Integer.parseInt(fire.substring(fire.length() - 2)) % 2).isZero());
    }
}
