package vn.dnnd.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.dnnd.access.ApiTokens;

/**
 * Uploads that are not what they claim: larger than the limit, cut off mid-way by the client, or with a
 * multipart body that never ends. Each gets a clear answer (or, for a connection dropped mid-way, none) and
 * nothing is stored.
 */
class UploadAbuseTests extends PortalTestServer {

    @Autowired
    ApiTokens tokens;

    private int intakeFiles() {
        return jdbc.queryForObject("select count(*) from intake_file", Integer.class);
    }

    @Test
    void anUploadOverTheLimitIsRefusedWith413AndNothingIsStored() {
        PortalClient program = anonymous().withToken(tokens.create("HN", "abuse", "test").secret());
        int before = intakeFiles();
        byte[] large = new byte[21 * 1024 * 1024];
        Arrays.fill(large, (byte) 'a');

        PortalClient.Response refused = program.upload("/api/v1/submissions", "file", "lon.csv", large).expectStatus(413);

        assertThat(refused.text()).contains("\"message_vi\"").contains("\"message_en\"").doesNotContain("Exception");
        assertThat(intakeFiles()).isEqualTo(before);
    }

    @Test
    void aMultipartBodyThatNeverEndsIsRefusedWith400AndNothingIsStored() {
        PortalClient program = anonymous().withToken(tokens.create("HN", "abuse", "test").secret());
        int before = intakeFiles();
        String body = "--xyz\r\nContent-Disposition: form-data; name=\"file\"; filename=\"hn.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\norg_code,period\r\nHN,2026\r\n";

        PortalClient.Response refused = program.send(program.request("/api/v1/submissions")
                .header("Content-Type", "multipart/form-data; boundary=xyz")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body)).build());

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.text()).contains("không trọn vẹn").contains("incomplete").doesNotContain("Exception");
        assertThat(intakeFiles()).isEqualTo(before);
    }

    @Test
    void aConnectionDroppedMidUploadStoresNothingAndTheServerGoesOn() throws Exception {
        String secret = tokens.create("HN", "abuse", "test").secret();
        int before = intakeFiles();
        try (Socket socket = new Socket("127.0.0.1", port)) {
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/v1/submissions HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + secret
                    + "\r\nContent-Type: multipart/form-data; boundary=xyz\r\nContent-Length: 100000\r\n\r\n"
                    + "--xyz\r\nContent-Disposition: form-data; name=\"file\"; filename=\"hn.csv\"\r\n\r\n"
                    + "org_code,period\r\nHN,2026\r\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
            // The client goes away with most of the promised body unsent.
        }
        Thread.sleep(500);

        assertThat(intakeFiles()).isEqualTo(before);
        PortalClient.Response after = anonymous().withToken(secret).get("/api/v1/periods/2025/status");
        assertThat(after.status()).as("the server still answers").isEqualTo(403);
    }

    @Test
    void aSubmitterPageRefusesAnUploadOverTheLimitOnThePageInBothLanguages() {
        PortalClient clerk = loggedIn("abuse-clerk", Set.of(vn.dnnd.access.Role.SUBMITTER), "HN");
        clerk.get("/submit");
        byte[] large = new byte[21 * 1024 * 1024];
        PortalClient.Response refused = clerk.upload("/submit/HN/2026", "file", "lon.xlsx", large);

        assertThat(refused.status()).isEqualTo(413);
        assertThat(refused.text()).contains("giới hạn").contains("limit").doesNotContain("Exception");
    }

    @Test
    void fortyProgramsAtOnceWithNewTokensAreAllAnsweredNoneWithAServerError() throws Exception {
        // Each new token's first use writes its row; that write once held a second pooled connection per request.
        java.util.List<String> secrets = new java.util.ArrayList<>();
        for (int i = 0; i < 40; i++) {
            secrets.add(tokens.create("HN", "many-" + i, "test").secret());
        }
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(40);
        try {
            java.util.List<java.util.concurrent.Future<Integer>> answers = new java.util.ArrayList<>();
            for (String secret : secrets) {
                answers.add(pool.submit(() -> anonymous().withToken(secret).get("/api/v1/periods/2025/status").status()));
            }
            for (java.util.concurrent.Future<Integer> answer : answers) {
                assertThat(answer.get(60, java.util.concurrent.TimeUnit.SECONDS)).isLessThan(500);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(jdbc.queryForObject("select count(*) from api_token where label like 'many-%' and last_used_at is not null",
                Integer.class)).isEqualTo(40);
    }
}
