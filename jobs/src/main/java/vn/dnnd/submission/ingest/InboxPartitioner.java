package vn.dnnd.submission.ingest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * The cluster mode's first ingest partitions: the inbox's single-organisation files in reading order, cut into
 * runs of {@code dnnd.intake.partition-files}; each partition knows its files.
 */
final class InboxPartitioner implements Partitioner {

    static final String FILES = "ingest.files";

    private final List<InboxFile> files;
    private final int perPartition;

    InboxPartitioner(List<InboxFile> files, int perPartition) {
        this.files = List.copyOf(files);
        this.perPartition = Math.max(1, perPartition);
    }

    @Override
    public Map<String, ExecutionContext> partition(int gridSize) {
        Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
        for (int first = 0; first < files.size(); first += perPartition) {
            List<String> names = files.subList(first, Math.min(files.size(), first + perPartition)).stream()
                    .map(InboxFile::name).toList();
            ExecutionContext context = new ExecutionContext();
            context.putString(FILES, String.join("\n", names));
            partitions.put(String.format("identify:%06d", first), context);
        }
        return partitions;
    }

    /** A partition's file names, as {@link #partition} (or {@link OrganisationPartitioner}) stored them. */
    static List<String> names(ExecutionContext context) {
        String files = context.getString(FILES, "");
        return files.isEmpty() ? List.of() : List.of(files.split("\n"));
    }
}
