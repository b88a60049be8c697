package vn.dnnd.bench;

import java.util.List;

/**
 * What {@code bench compute} measured in one run: the synthetic data, then for the timed year the bare
 * GROUP BY, the floor (the same result rows by plain CREATE TABLE AS) and computeJob, each repeated, and
 * computeJob's steps and the floor's statements in the last repetition.
 */
public record ComputeBenchmarkResult(String schema, int organisations, int firstYear, int lastYear,
                                     long submissionValues, long valuesInYear, int reportersInYear,
                                     long generationMs, List<Long> groupByMs, List<Long> floorMs,
                                     List<Long> computeMs, List<StepTime> lastComputeSteps,
                                     List<StepTime> lastFloorStatements, int rowsPublished, long floorRows) {

    public record StepTime(String step, long ms) {
    }

    public long groupByMedian() {
        return median(groupByMs);
    }

    public long floorMedian() {
        return median(floorMs);
    }

    public long computeMedian() {
        return median(computeMs);
    }

    public double ratio() {
        return (double) computeMedian() / Math.max(1, groupByMedian());
    }

    public double floorRatio() {
        return (double) computeMedian() / Math.max(1, floorMedian());
    }

    private static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }
}
