package vn.dnnd.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Many programs uploading at once: each upload a multipart POST to /api/v1/submissions with its token. */
final class UploadClient {

    /** One file to upload and the token of its organisation. */
    record Upload(Path file, String token) {
    }

    private static final Pattern STATUS = Pattern.compile("\"status\"\\s*:\\s*\"([a-z]+)\"");

    private final String base;
    private final int clients;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    UploadClient(String base, int clients) {
        this.base = base;
        this.clients = clients;
    }

    /** The groups one after the other; the uploads of a group {@code clients} at a time. */
    UploadTimings send(List<List<Upload>> groups) throws Exception {
        List<Double> millis = Collections.synchronizedList(new ArrayList<>());
        Map<String, Integer> answers = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long started = System.nanoTime();
        int uploads = 0;
        try {
            for (List<Upload> group : groups) {
                List<Future<?>> sent = new ArrayList<>();
                for (Upload upload : group) {
                    byte[] body = multipart(upload.file());
                    sent.add(pool.submit(() -> {
                        long t0 = System.nanoTime();
                        String answer = post(upload, body);
                        millis.add((System.nanoTime() - t0) / 1e6);
                        answers.merge(answer, 1, Integer::sum);
                        return null;
                    }));
                }
                for (Future<?> future : sent) {
                    future.get();
                }
                uploads += group.size();
            }
        } finally {
            pool.shutdownNow();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        List<Double> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        return new UploadTimings(uploads, clients, new TreeMap<>(answers), seconds, percentile(sorted, 50),
                percentile(sorted, 95), percentile(sorted, 99), sorted.isEmpty() ? 0 : sorted.get(sorted.size() - 1));
    }

    private static final String BOUNDARY = "----dnnd-bench-upload";

    private String post(Upload upload, byte[] body) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/v1/submissions"))
                .header("Authorization", "Bearer " + upload.token())
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        Matcher status = STATUS.matcher(response.body());
        return response.statusCode() == 201 && status.find() ? status.group(1) : "HTTP " + response.statusCode();
    }

    private static byte[] multipart(Path file) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                + file.getFileName() + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(Files.readAllBytes(file));
        body.write(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return body.toByteArray();
    }

    /** Nearest-rank percentile of sorted values. */
    private static double percentile(List<Double> sorted, int p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }
}
