package vn.dnnd.submission.ingest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * The cluster mode's second ingest partitions: the identified files grouped so that everything whose order
 * matters stays together and in reading order (one organisation's files; identical files;
 * {@link IngestFileKeys.Key#group}), the groups dealt to about {@code files / partition-files} partitions, each
 * to the one holding the fewest files so far. Deterministic, so that a restart finds the same partitions.
 */
final class OrganisationPartitioner implements Partitioner {

    private final List<IngestFileKeys.Key> keys;
    private final int perPartition;

    OrganisationPartitioner(List<IngestFileKeys.Key> keys, int perPartition) {
        this.keys = keys.stream().sorted(IngestFileKeys.Key.READING_ORDER).toList();
        this.perPartition = Math.max(1, perPartition);
    }

    @Override
    public Map<String, ExecutionContext> partition(int gridSize) {
        Map<String, List<IngestFileKeys.Key>> groups = new LinkedHashMap<>();
        for (IngestFileKeys.Key key : keys) {
            groups.computeIfAbsent(key.group(), group -> new ArrayList<>()).add(key);
        }
        int count = Math.max(1, (keys.size() + perPartition - 1) / perPartition);
        List<List<IngestFileKeys.Key>> dealt = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            dealt.add(new ArrayList<>());
        }
        for (List<IngestFileKeys.Key> group : groups.values()) {
            dealt.stream().min(Comparator.comparingInt(List::size)).orElseThrow().addAll(group);
        }
        Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
        for (int i = 0; i < dealt.size(); i++) {
            List<IngestFileKeys.Key> files = dealt.get(i);
            if (files.isEmpty()) {
                continue;
            }
            files.sort(IngestFileKeys.Key.READING_ORDER);
            ExecutionContext context = new ExecutionContext();
            context.putString(InboxPartitioner.FILES,
                    String.join("\n", files.stream().map(IngestFileKeys.Key::fileName).toList()));
            partitions.put(String.format("store:%04d", i), context);
        }
        return partitions;
    }
}
