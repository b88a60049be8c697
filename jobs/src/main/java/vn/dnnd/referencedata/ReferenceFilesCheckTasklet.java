package vn.dnnd.referencedata;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.core.io.Resource;

/**
 * Before anything is staged: every reference file must exist, be valid UTF-8 (a BOM is accepted)
 * and start with exactly the expected header, so that later problems can be named by column.
 */
class ReferenceFilesCheckTasklet implements Tasklet {

    private final ReferenceSource source;

    ReferenceFilesCheckTasklet(ReferenceSource source) {
        this.source = source;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws IOException {
        List<ReferenceProblem> problems = new ArrayList<>();
        for (ReferenceFile file : ReferenceFile.values()) {
            check(file, source.resource(file), problems);
        }
        if (!problems.isEmpty()) {
            throw new ReferenceDataRejectedException(problems);
        }
        return RepeatStatus.FINISHED;
    }

    private static void check(ReferenceFile file, Resource resource, List<ReferenceProblem> problems)
            throws IOException {
        if (!resource.exists()) {
            problems.add(ReferenceProblem.of(file.fileName(), 0, "không tìm thấy tệp tại " + resource.getDescription(),
                    "file not found at " + resource.getDescription()));
            return;
        }
        byte[] bytes;
        try (InputStream in = resource.getInputStream()) {
            bytes = in.readAllBytes();
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            problems.add(ReferenceProblem.of(file.fileName(), 0, "tệp không phải UTF-8", "file is not valid UTF-8"));
            return;
        }
        String header = text.lines().findFirst().orElse("").replace("\uFEFF", "").strip();
        List<String> found = Arrays.stream(header.split(",", -1)).map(String::strip).toList();
        if (!found.equals(file.columns())) {
            problems.add(ReferenceProblem.of(file.fileName(), 1,
                    "dòng tiêu đề phải là: " + String.join(",", file.columns()),
                    "header must be: " + String.join(",", file.columns())));
        }
    }
}
