package vn.dnnd.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dnnd.cli.DnndMain;
import vn.dnnd.support.RabbitMq;

/**
 * bench cluster at a tiny size as a user runs it: one process, then a manager with two worker JVMs on the
 * machine's RabbitMQ; every phase ran, and each kind of partition is counted.
 */
class ClusterBenchmarkTests {

    @Test
    void oneProcessRunsThePartitionsOnItsThreads(@TempDir Path work) {
        String printed = bench(work, "--orgs", "40", "--workers", "0");

        // Five kinds here (the tests add "figures"), both languages: 32 files in 10 partitions.
        assertThat(printed).contains("40 đơn vị (reporters), 40 tệp (files), một tiến trình (one process)")
                .containsPattern("xuất \\(render\\) [\\d,]+ s: 32 tệp báo cáo")
                .containsPattern("renderPartitionStep +10 .* 32\\n")
                .doesNotContain("identifyFilesPartitionStep");
    }

    @Test
    void aManagerAndTwoWorkersRunTheIngestAndRenderPartitions(@TempDir Path work) {
        RabbitMq.assumeAnswers(getClass());

        String printed = bench(work, "--orgs", "40", "--workers", "2", "--broker", RabbitMq.URL);

        assertThat(printed).contains("40 đơn vị (reporters), 40 tệp (files), điều phối + 2 worker (manager + 2 workers)")
                .containsPattern("identifyFilesPartitionStep +1 .* 40\\n")
                .containsPattern("ingestFilesPartitionStep +1 .* 40\\n")
                // the region reports one partition per region: (4 + 6) × 2
                .containsPattern("xuất \\(render\\) [\\d,]+ s: 32 tệp báo cáo")
                .containsPattern("renderPartitionStep +20 .* 32\\n");
    }

    private static String bench(Path work, String... options) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] arguments = new String[options.length + 4];
        arguments[0] = "bench";
        arguments[1] = "cluster";
        System.arraycopy(options, 0, arguments, 2, options.length);
        arguments[options.length + 2] = "--work";
        arguments[options.length + 3] = work.toString();
        int exit = DnndMain.execute(new PrintWriter(out, true), new PrintWriter(err, true), arguments);
        assertThat(exit).as(err.toString()).isZero();
        return out.toString();
    }
}
