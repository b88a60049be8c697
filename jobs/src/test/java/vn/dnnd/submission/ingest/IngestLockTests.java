package vn.dnnd.submission.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dnnd.submission.IntakeProperties;
import vn.dnnd.system.DnndException;
import vn.dnnd.system.DnndProperties;
import vn.dnnd.system.HomeDirectory;

/** The ingest lock is the shared directory's when nodes share one: two nodes' ingests then take turns. */
class IngestLockTests {

    @TempDir
    Path temp;

    @Test
    void nodesSharingADirectoryTakeTurnsAndNodesWithHomesOfTheirOwnDoNot() throws Exception {
        Path shared = temp.resolve("shared");
        IngestLock first = lock(temp.resolve("first"), shared);
        IngestLock second = lock(temp.resolve("second"), shared);
        IngestLock apart = lock(temp.resolve("apart"), null);

        try (IngestLock.Held held = first.acquire()) {
            assertThat(shared.resolve("ingest.lock")).exists();
            assertThatThrownBy(second::acquire).isInstanceOf(DnndException.class)
                    .hasMessageContaining("Một lần nhận tệp khác đang chạy");
            try (IngestLock.Held own = apart.acquire()) {
                assertThat(temp.resolve("apart").resolve("ingest.lock")).exists();
            }
        }
        try (IngestLock.Held afterwards = second.acquire()) {
            assertThat(afterwards).isNotNull();
        }
    }

    private static IngestLock lock(Path home, Path shared) {
        DnndProperties properties = new DnndProperties(home.toString(),
                new DnndProperties.Db(null, null, null, null, 8), new DnndProperties.Reference("classpath:reference/"),
                shared == null ? null : shared.toString());
        // one second's wait for another node's ingest
        return new IngestLock(new HomeDirectory(properties), new IntakeProperties(20_971_520, 500, 10_000, 2000, 500,
                1, 5, 2, 2, 10, 10, 500_000, 33_554_432, 200_000, 500));
    }
}
