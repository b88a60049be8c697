package vn.dnnd.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser without a screen: keeps the session cookie, takes the CSRF token from the last page it read and
 * sends it with each form, as a browser submitting the page's form would. Redirects are not followed, so a
 * test sees where the portal sends it.
 */
public class PortalClient {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final String base;
    private final HttpClient http;
    private String csrf;
    private String bearer;

    public PortalClient(String base) {
        this(base, HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build(), null);
    }

    private PortalClient(String base, HttpClient http, String csrf) {
        this.base = base;
        this.http = http;
        this.csrf = csrf;
    }

    /** The address of a portal node started in this JVM (on 127.0.0.1, at its random port). */
    public static String baseOf(org.springframework.context.ConfigurableApplicationContext node) {
        return "http://127.0.0.1:" + node.getEnvironment().getProperty("local.server.port");
    }

    /** The same browser, with its cookies and the CSRF token of its last page, addressing another node. */
    public PortalClient at(String otherBase) {
        return new PortalClient(otherBase, http, csrf);
    }

    /** Every later request carries {@code Authorization: Bearer <secret>}. */
    public PortalClient withToken(String secret) {
        this.bearer = secret;
        return this;
    }

    public Response get(String path) {
        return send(request(path).GET().build());
    }

    public Response login(String login, String password) {
        get("/login");
        return postForm("/login", Map.of("username", login, "password", password));
    }

    public Response changePassword(String current, String chosen) {
        get("/password");
        return postForm("/password", Map.of("current", current, "chosen", chosen, "repeated", chosen));
    }

    /** A form POST with the CSRF token of the last page read (none if no page had one). */
    public Response postForm(String path, Map<String, String> fields) {
        Map<String, String> all = new LinkedHashMap<>(fields);
        if (csrf != null) {
            all.putIfAbsent("_csrf", csrf);
        }
        return postFormExactly(path, all);
    }

    /**
     * A form POST whose names may repeat (the ticked boxes of one group), given as name, value, name, value...,
     * with the CSRF token of the last page read.
     */
    public Response postFields(String path, String... namesAndValues) {
        StringBuilder body = new StringBuilder(csrf == null ? "" : "_csrf=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8));
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            body.append(body.isEmpty() ? "" : "&").append(URLEncoder.encode(namesAndValues[i], StandardCharsets.UTF_8))
                    .append('=').append(URLEncoder.encode(namesAndValues[i + 1], StandardCharsets.UTF_8));
        }
        return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build());
    }

    /** A form POST with exactly these fields: no CSRF token is added. */
    public Response postFormExactly(String path, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    /** A multipart POST of one file (and the CSRF token of the last page, when there is one). */
    public Response upload(String path, String field, String fileName, byte[] content) {
        return upload(path, field, fileName, content, csrf != null);
    }

    public Response upload(String path, String field, String fileName, byte[] content, boolean withCsrf) {
        String boundary = "----dnnd" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        try {
            if (withCsrf && csrf != null) {
                body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf + "\r\n")
                        .getBytes(StandardCharsets.UTF_8));
            }
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\""
                    + fileName + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.write(content);
            body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return send(request(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build());
    }

    public Response send(HttpRequest request) {
        try {
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            Response answer = new Response(response);
            Matcher token = CSRF.matcher(answer.text());
            if (token.find()) {
                csrf = token.group(1);
            }
            return answer;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path));
        if (bearer != null) {
            builder.header("Authorization", "Bearer " + bearer);
        }
        return builder;
    }

    /** A response with its body as bytes and as UTF-8 text. */
    public record Response(int status, Map<String, java.util.List<String>> headers, byte[] body) {

        Response(HttpResponse<byte[]> response) {
            this(response.statusCode(), response.headers().map(), response.body());
        }

        public String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        public String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }

        /** A 302 to {@code path} (the portal's own origin is not compared). */
        public Response expectRedirect(String path) {
            assertThat(status).as("status of a redirect to %s; body %s", path, text()).isEqualTo(302);
            assertThat(URI.create(header("Location")).getRawPath()
                    + (URI.create(header("Location")).getRawQuery() == null ? "" : "?" + URI.create(header("Location")).getRawQuery()))
                    .isEqualTo(path);
            return this;
        }

        public Response expectStatus(int expected) {
            assertThat(status).as("status; body %s", text().length() > 2000 ? text().substring(0, 2000) : text())
                    .isEqualTo(expected);
            return this;
        }
    }
}
