package vn.dnnd.submission;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the submission intake under {@code dnnd.intake.*}.
 *
 * @param maxFileBytes      larger files are rejected before they are opened (a clerk's template is ~60 KB)
 * @param chunkSize         files written per database transaction by ingestJob
 * @param narrativeMaxChars longest narrative section accepted (the database allows 20,000)
 * @param noteMaxChars      longest note on one indicator value
 * @param textMaxChars      longest short text (activity kind, partner, organisation names)
 * @param lockWaitSeconds   how long an ingestJob run waits for another one on the same home to finish
 * @param outlierFactor     a value this many times above (or below) the organisation's earlier years is flagged
 * @param parseThreads      files parsed and validated at the same time, a chunk ahead of the writer (which stays single)
 * @param bundleChunkSize   multi-organisation files written per database transaction (each holds many parts)
 * @param ratioWarningFactor a numerator of a derived ratio more than this many times its denominator is flagged
 * @param settleSeconds     a file modified less than this long ago is left in the inbox for a later run (an upload
 *                          may still be writing it); {@code ingest --settle} overrides it for one run
 * @param maxLines          a CSV file of more data lines is refused as it is read
 * @param xlsxMaxPartBytes  an .xlsx whose part (sheet, shared strings, styles) inflates beyond this is refused unopened
 * @param xlsxMaxCells      an .xlsx sheet of more cells is refused as it is read
 * @param partitionFiles    in the cluster mode, files per ingest partition (README, "Running on several machines")
 */
@ConfigurationProperties("dnnd.intake")
public record IntakeProperties(
        @DefaultValue("20971520") long maxFileBytes,
        @DefaultValue("500") int chunkSize,
        @DefaultValue("10000") int narrativeMaxChars,
        @DefaultValue("2000") int noteMaxChars,
        @DefaultValue("500") int textMaxChars,
        @DefaultValue("120") int lockWaitSeconds,
        @DefaultValue("5") int outlierFactor,
        @DefaultValue("2") int parseThreads,
        @DefaultValue("2") int bundleChunkSize,
        @DefaultValue("10") int ratioWarningFactor,
        @DefaultValue("10") int settleSeconds,
        @DefaultValue("500000") int maxLines,
        @DefaultValue("33554432") long xlsxMaxPartBytes,
        @DefaultValue("200000") int xlsxMaxCells,
        @DefaultValue("500") int partitionFiles) {
}
