package vn.dnnd.submission.ingest;

import java.nio.file.Path;
import org.springframework.stereotype.Component;
import vn.dnnd.system.HomeDirectory;

/**
 * Where an ingest run's inbox is, whichever way the run starts: through {@link IngestService} (the
 * command line, the annual pipeline, the demo) or as ingestJob launched by the intake schedule. The
 * service passes the job the absolute path it resolved, which the job then takes as it is.
 */
@Component
public class Inboxes {

    private final HomeDirectory home;

    public Inboxes(HomeDirectory home) {
        this.home = home;
    }

    /** An {@link IngestRequest}'s inbox: a relative one is under the working directory, as on the command line. */
    Path ofRequest(Path inbox) {
        return normalised(inbox.toAbsolutePath());
    }

    /** ingestJob's "inbox" parameter: a relative one (the intake schedule's) is under the home, wherever serve runs. */
    Path ofJobParameter(String inbox) {
        return normalised(home.root().resolve(inbox));
    }

    /** The home's own inbox is created, private to the application, when missing. */
    private Path normalised(Path directory) {
        Path normal = directory.normalize();
        // the home's "inbox" is the shared directory's when the node has one
        return normal.equals(home.root().resolve("inbox")) || normal.equals(home.shared().resolve("inbox"))
                ? home.inbox() : normal;
    }
}
