package vn.dnnd.bench;

import java.util.Map;

/**
 * What {@code bench upload} measured: uploads sent, by how many clients at once, the answers by status
 * (accepted, rejected, duplicate, or the HTTP status when it was not 201), latency percentiles and throughput.
 */
public record UploadTimings(int uploads, int clients, Map<String, Integer> answers, double seconds, double p50Millis,
                            double p95Millis, double p99Millis, double maxMillis) {

    public double perSecond() {
        return uploads / seconds;
    }
}
