package io.skillspassport.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A plain HTTP client with its own cookie jar, for what a browser hides: status codes, headers,
 * forged form posts. It follows redirects itself so that every hop's response stays visible, and
 * can sign in through Keycloak's real login form.
 */
public final class HttpSession {

  private static final int MAX_REDIRECTS = 15;

  private final Portal portal;
  private final HttpClient client;

  private HttpSession(Portal portal) {
    this.portal = portal;
    this.client =
        HttpClient.newBuilder()
            .cookieHandler(new LocalhostCookies())
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
  }

  /** A session with no cookies. */
  public static HttpSession anonymous(Portal portal) {
    return new HttpSession(portal);
  }

  /**
   * A session signed in as {@code user}: opens the portal's sign-in link, fills in Keycloak's form
   * and follows the redirects back to the portal. The returned exchange ends on the user's landing
   * page.
   */
  public static SignedIn signedIn(Portal portal, DemoUser user) {
    return signedIn(portal, user.username(), user.password());
  }

  /**
   * A session signed in as the Keycloak user {@code username}; see {@link #signedIn(Portal,
   * DemoUser)}.
   */
  public static SignedIn signedIn(Portal portal, String username, String password) {
    var session = new HttpSession(portal);
    Exchange toForm = session.get("/login");
    HttpResponse<String> formPage = toForm.last();
    if (!portal.isKeycloak(formPage.uri().toString())) {
      throw new AssertionError(
          "GET /login did not lead to Keycloak but to " + formPage.uri() + " " + toForm);
    }
    Document page = Jsoup.parse(formPage.body(), formPage.uri().toString());
    Element form = page.selectFirst("form#kc-form-login");
    if (form == null) {
      throw new AssertionError("no #kc-form-login at " + formPage.uri());
    }
    Map<String, String> fields = new LinkedHashMap<>();
    for (Element input : form.select("input[name]")) {
      fields.put(input.attr("name"), input.val());
    }
    fields.put("username", username);
    fields.put("password", password);
    Exchange signIn = session.post(URI.create(form.absUrl("action")), fields);
    if (!portal.isPortal(signIn.last().uri().toString()) || signIn.last().statusCode() != 200) {
      throw new AssertionError("signing in as " + username + " ended at " + signIn);
    }
    var all = new ArrayList<>(toForm.responses());
    all.addAll(signIn.responses());
    return new SignedIn(session, new Exchange(all));
  }

  /** GET of a portal path (or absolute URL), following redirects. */
  public Exchange get(String pathOrUrl) {
    return send(request(resolve(pathOrUrl)).GET().build(), true);
  }

  /** GET of a portal path without following a redirect. */
  public HttpResponse<String> getOnce(String pathOrUrl) {
    return send(request(resolve(pathOrUrl)).GET().build(), false).last();
  }

  /** An {@code application/x-www-form-urlencoded} POST, following redirects. */
  public Exchange post(URI uri, Map<String, String> fields) {
    return send(formPost(uri, fields), true);
  }

  /**
   * An {@code application/x-www-form-urlencoded} POST to a portal path, not following redirects.
   */
  public HttpResponse<String> postOnce(String path, Map<String, String> fields) {
    return send(formPost(resolve(path), fields), false).last();
  }

  private HttpRequest formPost(URI uri, Map<String, String> fields) {
    String body =
        fields.entrySet().stream()
            .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
            .collect(Collectors.joining("&"));
    return request(uri)
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(body))
        .build();
  }

  private Exchange send(HttpRequest first, boolean followRedirects) {
    List<HttpResponse<String>> responses = new ArrayList<>();
    HttpRequest request = first;
    for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
      HttpResponse<String> response;
      try {
        response = client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException(request.method() + " " + request.uri() + " failed", e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted", e);
      }
      responses.add(response);
      int status = response.statusCode();
      var location = response.headers().firstValue("Location");
      if (!followRedirects || status < 300 || status >= 400 || location.isEmpty()) {
        return new Exchange(responses);
      }
      URI next = request.uri().resolve(location.get());
      if (status == 307 || status == 308) {
        request = HttpRequest.newBuilder(request, (name, value) -> true).uri(next).build();
      } else {
        request = request(next).GET().build();
      }
    }
    throw new AssertionError(
        "more than " + MAX_REDIRECTS + " redirects: " + new Exchange(responses));
  }

  private static HttpRequest.Builder request(URI uri) {
    return HttpRequest.newBuilder(uri)
        .timeout(Duration.ofSeconds(60))
        .header("Accept", "text/html,application/xhtml+xml")
        .header("User-Agent", "skills-passport-system-test");
  }

  private URI resolve(String pathOrUrl) {
    return pathOrUrl.startsWith("http") ? URI.create(pathOrUrl) : portal.uri(pathOrUrl);
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  /** A signed-in session and the exchanges that signed it in. */
  public record SignedIn(HttpSession session, Exchange signIn) {}

  /** One request and the redirects it was followed through, in order. */
  public record Exchange(List<HttpResponse<String>> responses) {

    public HttpResponse<String> last() {
      return responses.get(responses.size() - 1);
    }

    /** Every {@code Set-Cookie} header the portal (not Keycloak) sent on the way. */
    public List<String> portalSetCookies(Portal portal) {
      return responses.stream()
          .filter(r -> portal.isPortal(r.uri().toString()))
          .flatMap(r -> r.headers().allValues("Set-Cookie").stream())
          .toList();
    }

    /** The final page, parsed. */
    public Document document() {
      return Jsoup.parse(last().body(), last().uri().toString());
    }

    @Override
    public String toString() {
      return responses.stream()
          .map(r -> r.request().method() + " " + r.uri() + " -> " + r.statusCode())
          .collect(Collectors.joining(", ", "[", "]"));
    }
  }
}
