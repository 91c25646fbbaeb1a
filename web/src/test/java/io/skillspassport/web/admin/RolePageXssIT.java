package io.skillspassport.web.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.skillspassport.roles.boundary.RoleAdministration;
import io.skillspassport.roles.boundary.RoleContent;
import io.skillspassport.roles.boundary.RoleDraft;
import io.skillspassport.roles.boundary.RoleSections;
import io.skillspassport.roles.boundary.RoleSections.TitledText;
import io.skillspassport.web.testing.TestCaller;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.http.HttpServletRequest;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Known XSS payloads saved into every kind of section of a role are stored as typed, and the
 * published role page, fetched over HTTP as a browser would, carries none of them in a live form:
 * no script, no event-handler attribute, no script or data URL.
 */
@ExtendWith(ArquillianExtension.class)
class RolePageXssIT {

  @Deployment
  static WebArchive deployment() {
    return AdminDeployment.war(RolePageXssIT.class);
  }

  @Inject RoleAdministration admin;

  @Inject TestCaller caller;

  /** The request that runs this test, for the address of the portal it runs in. */
  @Inject HttpServletRequest runner;

  @PersistenceContext(unitName = "passport")
  EntityManager em;

  private final List<String> created = new ArrayList<>();

  @AfterEach
  void removeTheRoles() throws Exception {
    caller.signOut();
    TestRoles.remove(em, created);
  }

  @Test
  void payloadsInEverySectionAreStoredAsTypedAndRenderedHarmless() throws Exception {
    caller.signIn("it-admin", null, "admin");
    String slug = TestRoles.uniqueSlug("it-xss");
    created.add(slug);
    RoleDraft draft = admin.create(slug, "XSS Role");
    String all = String.join("\n\n", XssPayloads.ALL);
    List<TitledText> pitfalls =
        IntStream.range(0, XssPayloads.ALL.size())
            .mapToObj(
                i ->
                    new TitledText(
                        "Pitfall " + i + " " + XssPayloads.ALL.get(i), XssPayloads.ALL.get(i)))
            .toList();
    RoleSections sections = TestRoles.sections("Takeaway\n\n" + all, all, pitfalls);
    RoleContent content =
        new RoleContent(
            "XSS Role <script>alert('title')</script>",
            600,
            sections,
            List.of(
                new RoleContent.Weight("COGNITIVE_REASONING", new BigDecimal("0.70"), all),
                new RoleContent.Weight("COMMUNICATION", new BigDecimal("0.30"), all)),
            List.of(
                new RoleContent.Preset(
                    "xss",
                    "<img src=x onerror=alert('preset')>",
                    all,
                    Map.of("COMMUNICATION", new BigDecimal("1")))));

    RoleDraft saved = admin.saveDraft(slug, draft.version(), content);
    assertEquals(all, admin.draft(slug).content().sections().overview(), "stored as typed");
    assertEquals(
        XssPayloads.ALL.get(2),
        saved.content().sections().pitfalls().get(2).description(),
        "stored as typed");
    admin.publish(slug, saved.version());

    HttpResponse<String> page = get("roles/" + slug);

    assertEquals(200, page.statusCode());
    String html = page.body();
    assertTrue(html.contains("Pitfall 26"), "the page shows the role's content");
    assertTrue(html.contains("&lt;script&gt;"), "typed markup is shown as text");
    assertNull(XssPayloads.firstLiveMarkup(html));
    // Typed markup shows as text, which may read like a payload; what counts is what a browser
    // parses: every link on the page points somewhere harmless.
    for (var link : Jsoup.parse(html).select("[href]")) {
      String href = link.attr("href").strip().toLowerCase(Locale.ROOT);
      assertTrue(
          href.startsWith("http://")
              || href.startsWith("https://")
              || href.startsWith("mailto:")
              || href.startsWith("/")
              || href.startsWith("#"),
          "harmless link: " + link.outerHtml());
    }
  }

  private HttpResponse<String> get(String path) throws Exception {
    String base =
        "http://localhost:" + runner.getLocalPort() + runner.getContextPath() + "/" + path;
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create(base)).build(), HttpResponse.BodyHandlers.ofString());
  }
}
