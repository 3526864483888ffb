package io.shuzhi.support;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser without a browser, for page tests: keeps the session cookie and posts forms with the CSRF token read
 * from a page, exactly as the form login and the page chain expect. Redirects are not followed, so tests can assert
 * the POST → redirect.
 */
public final class FormSession {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newHttpClient();
    private final Map<String, String> cookies = new LinkedHashMap<>();
    private final int port;

    public FormSession(int port) {
        this.port = port;
    }

    public HttpResponse<String> get(String path) throws Exception {
        return send(request(path).GET().build());
    }

    /** A GET with extra request headers, given as name, value pairs (e.g. {@code "HX-Request", "true"}). */
    public HttpResponse<String> get(String path, String... headers) throws Exception {
        return send(request(path).headers(headers).GET().build());
    }

    /** Posts {@code form} (url-encoded, without the token) with the CSRF token of the page at {@code csrfFrom}. */
    public HttpResponse<String> post(String path, String form, String csrfFrom) throws Exception {
        Matcher m = CSRF.matcher(get(csrfFrom).body());
        if (!m.find()) {
            throw new AssertionError("no CSRF token on " + csrfFrom);
        }
        String body = (form.isEmpty() ? "" : form + "&") + "_csrf=" + URLEncoder.encode(m.group(1), StandardCharsets.UTF_8);
        return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Accept-Language", "zh-CN");
        if (!cookies.isEmpty()) {
            b.header("Cookie", cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("; ")));
        }
        return b;
    }

    private HttpResponse<String> send(HttpRequest request) throws Exception {
        HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
        r.headers().allValues("set-cookie").forEach(c -> {
            String pair = c.split(";", 2)[0];
            cookies.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
        });
        return r;
    }
}
