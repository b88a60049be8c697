package vn.dnnd.report;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/** A recorded file of an edition, its path checked by {@link ArtifactFiles}, ready to be sent. */
public record ArtifactFile(Edition.Artifact artifact, String period, int edition) {

    ArtifactFile at(Path checked) {
        return new ArtifactFile(new Edition.Artifact(artifact.id(), artifact.kind(), artifact.language(),
                artifact.scope(), checked, artifact.bytes(), artifact.sha256(), artifact.createdAt()), period, edition);
    }

    /** Opens the checked file without following a link put there since the check. */
    public InputStream open() throws IOException {
        return Files.newInputStream(artifact.path(), LinkOption.NOFOLLOW_LINKS);
    }
}
