package vn.dnnd.submission.ingest;

import java.util.ArrayList;
import java.util.List;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * One identifying partition (identifyFilesPartitionStep), on whichever worker takes it: reads its files, records
 * whose each one is, and moves nothing. A file changed or gone since the listing has no key: it is left in the
 * inbox for a later run and noted, as ingest does with such a file.
 */
class IdentifyFilesTasklet implements Tasklet {

    private final InboxFileReader files;
    private final InboxNotes notes;
    private final FileIdentifier identifier;
    private final IngestFileKeys keys;

    IdentifyFilesTasklet(InboxFileReader files, InboxNotes notes, FileIdentifier identifier, IngestFileKeys keys) {
        this.files = files;
        this.notes = notes;
        this.identifier = identifier;
        this.keys = keys;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        StepExecution step = chunkContext.getStepContext().getStepExecution();
        ExecutionContext partition = step.getExecutionContext();
        List<IngestFileKeys.Key> found = new ArrayList<>();
        for (InboxFile file : files.list()) {
            found.add(identifier.identify(file));
        }
        keys.record(step.getJobExecution().getJobInstance().getInstanceId(), found);
        partition.putString(InboxNotes.KEY, notes.saved());
        contribution.incrementWriteCount(found.size());
        return RepeatStatus.FINISHED;
    }
}
