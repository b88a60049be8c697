package vn.dnnd.referencedata;

import java.util.List;
import java.util.function.Function;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/** Parses a CSV line into a typed row; blank lines are dropped, bad lines keep their problems. */
final class ReferenceRowProcessor<T> implements ItemProcessor<CsvLine, Parsed<T>> {

    private final Function<CsvFields, T> parser;

    ReferenceRowProcessor(Function<CsvFields, T> parser) {
        this.parser = parser;
    }

    @Override
    public Parsed<T> process(CsvLine line) {
        if (line.splitProblem() != null) {
            return new Parsed<>(null, List.of(new ReferenceProblem(line.fileName(), line.lineNo(), line.splitProblem())));
        }
        if (line.values().values().stream().allMatch(v -> v == null || v.isBlank())) {
            return null;
        }
        CsvFields fields = new CsvFields(line);
        T row = parser.apply(fields);
        return new Parsed<>(row, List.copyOf(fields.problems()));
    }
}
