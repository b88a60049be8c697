package vn.dnnd.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which JVM {@code java -jar dnnd.jar} starts a command in: the quick-start layout only when it belongs to the jar. */
class FastStartTests {

    @TempDir
    Path target;

    @Test
    void theLayoutStampedFromTheJarIsUsedWithItsArchive() throws Exception {
        Path jar = jar("first build");
        Path layout = layout();
        FastStart.stamp(jar, layout);

        assertThat(FastStart.nextTo(jar)).hasValueSatisfying(fast -> {
            assertThat(fast.jar()).isEqualTo(layout.resolve("dnnd.jar"));
            assertThat(fast.jvmOptions("indicators")).contains("-XX:SharedArchiveFile=" + layout.resolve("dnnd.jsa"));
        });
    }

    @Test
    void aJarRebuiltWithoutItsLayoutRunsByItself() throws Exception {
        Path jar = jar("first build");
        FastStart.stamp(jar, layout());
        Files.writeString(jar, "second build, longer");

        assertThat(FastStart.nextTo(jar)).isEmpty();
    }

    @Test
    void aJarTouchedAfterTheTrainingRunsByItself() throws Exception {
        Path jar = jar("first build");
        FastStart.stamp(jar, layout());
        Files.setLastModifiedTime(jar, FileTime.from(Instant.now().plusSeconds(60)));

        assertThat(FastStart.nextTo(jar)).isEmpty();
    }

    @Test
    void noLayoutNoUnstampedLayoutNoQuickStart() throws Exception {
        Path jar = jar("first build");
        assertThat(FastStart.nextTo(jar)).isEmpty();
        layout();
        assertThat(FastStart.nextTo(jar)).as("extracted but the training run did not finish").isEmpty();
    }

    @Test
    void shortCommandsUseTheQuickCompilerOnlyServeAndBenchmarksKeepTheOptimisingOne() {
        FastStart fast = new FastStart(target.resolve("dnnd-cds/dnnd.jar"), target.resolve("dnnd-cds/dnnd.jsa"));

        assertThat(fast.jvmOptions("indicators")).contains("-XX:TieredStopAtLevel=1");
        assertThat(fast.jvmOptions("demo")).contains("-XX:TieredStopAtLevel=1");
        assertThat(fast.jvmOptions("serve")).noneMatch(option -> option.startsWith("-XX:TieredStopAtLevel"));
        assertThat(fast.jvmOptions("bench")).noneMatch(option -> option.startsWith("-XX:TieredStopAtLevel"));
    }

    @Test
    void theCommandIsTheFirstWordAfterTheGlobalOptions() {
        assertThat(FastStart.command(new String[] {"--home", "/srv/dnnd", "indicators", "show", "--period", "2025"}))
                .isEqualTo("indicators");
        assertThat(FastStart.command(new String[] {"--home=/srv/dnnd", "reports", "list"})).isEqualTo("reports");
        assertThat(FastStart.command(new String[] {"serve", "--port", "9090"})).isEqualTo("serve");
        assertThat(FastStart.command(new String[] {"--help"})).isNull();
        assertThat(FastStart.command(new String[] {"--home", "/srv/dnnd", "--version"})).isNull();
    }

    private Path jar(String content) throws Exception {
        return Files.writeString(target.resolve("dnnd.jar"), content);
    }

    private Path layout() throws Exception {
        return Files.createDirectories(target.resolve("dnnd-cds"));
    }
}
