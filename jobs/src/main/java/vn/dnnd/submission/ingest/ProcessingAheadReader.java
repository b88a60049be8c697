package vn.dnnd.submission.ingest;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.springframework.batch.core.scope.context.StepSynchronizationManager;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import org.springframework.core.task.AsyncTaskExecutor;

/**
 * Reads inbox files and hands them out already parsed and validated, in reading order, keeping up to
 * {@code ahead} files in work on the parse threads. The writer of a chunk waits for PostgreSQL with the
 * main thread while the parse threads are already on the next chunk's files; with the processor in the
 * step, parsing and writing took turns (issue 16, docs/benchmarks.md). A file the processor leaves out
 * (null: it changed while read, or is gone) is passed over. An exception of the processor is rethrown
 * by the read that reaches its file, so the step fails as it did when the processor ran in it.
 */
class ProcessingAheadReader<T> implements ItemStreamReader<T> {

    private final ItemStreamReader<InboxFile> files;
    private final ItemProcessor<InboxFile, T> processor;
    private final AsyncTaskExecutor executor;
    private final StepExecution stepExecution;
    private final int ahead;
    private final Deque<Future<T>> inWork = new ArrayDeque<>();
    private final Object lock = new Object();
    /** Files handed to the parse threads whose task has not ended; guarded by {@code lock}. */
    private int pending;
    private volatile boolean closing;
    private boolean filesLeft;

    ProcessingAheadReader(ItemStreamReader<InboxFile> files, ItemProcessor<InboxFile, T> processor,
                          AsyncTaskExecutor executor, StepExecution stepExecution, int ahead) {
        this.files = files;
        this.processor = processor;
        this.executor = executor;
        this.stepExecution = stepExecution;
        this.ahead = Math.max(1, ahead);
    }

    @Override
    public void open(ExecutionContext executionContext) {
        files.open(executionContext);
        filesLeft = true;
        closing = false;
    }

    @Override
    public T read() throws Exception {
        while (true) {
            fill();
            Future<T> next = inWork.poll();
            if (next == null) {
                return null;
            }
            T item = outcome(next);
            if (item != null) {
                return item;
            }
        }
    }

    private void fill() throws Exception {
        while (filesLeft && inWork.size() < ahead) {
            InboxFile file = files.read();
            if (file == null) {
                filesLeft = false;
            } else {
                synchronized (lock) {
                    pending++;
                }
                try {
                    inWork.add(executor.submit(() -> process(file)));
                } catch (RuntimeException e) {
                    ended();
                    throw e;
                }
            }
        }
    }

    /** On a parse thread: the processor and the step-scoped beans it uses see this step's execution. */
    private T process(InboxFile file) throws Exception {
        try {
            if (closing) {
                return null;
            }
            StepSynchronizationManager.register(stepExecution);
            try {
                return processor.process(file);
            } finally {
                StepSynchronizationManager.close();
            }
        } finally {
            ended();
        }
    }

    private void ended() {
        synchronized (lock) {
            pending--;
            lock.notifyAll();
        }
    }

    private static <T> T outcome(Future<T> future) throws Exception {
        try {
            return future.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Exception cause) {
                throw cause;
            }
            throw e;
        }
    }

    @Override
    public void update(ExecutionContext executionContext) {
        files.update(executionContext);
    }

    /**
     * When the step ends early (it failed): files not yet started are passed over, and those being processed
     * (they write to the archive's staging area) are waited for, so nothing is written after the step.
     * Either way they stay in the inbox for a later run; their outcomes are not read.
     */
    @Override
    public void close() {
        closing = true;
        inWork.clear();
        synchronized (lock) {
            while (pending > 0) {
                try {
                    lock.wait();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
        }
        files.close();
    }
}
