package vn.dnnd.submission.upload;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of uploads through the portal and the REST API, under {@code dnnd.portal.*}.
 *
 * @param maxUploadBytes larger uploads are refused as they arrive, before anything is stored (the intake's own
 *                       {@code dnnd.intake.max-file-bytes} applies too: the smaller of the two is the limit)
 * @param parallelReads  uploads parsed and validated at the same time; more wait their turn. A hostile workbook
 *                       may take a couple of hundred MB while it is read (the intake's limits), so a burst of
 *                       uploads must not read all at once; on 2 cores more would not be faster anyway
 */
@ConfigurationProperties("dnnd.portal")
public record UploadProperties(
        @DefaultValue("20971520") long maxUploadBytes,
        @DefaultValue("2") int parallelReads) {
}
