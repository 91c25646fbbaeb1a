package io.skillspassport.load;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.doIf;
import static io.gatling.javaapi.core.CoreDsl.during;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.listFeeder;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.currentLocation;
import static io.gatling.javaapi.http.HttpDsl.currentLocationRegex;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The portal under 50 signed-in sessions through the cluster's load balancer, bounded in time: a
 * ramp of {@code load.candidates} candidates (new Keycloak users made in {@link #before()}) who
 * sign in through Keycloak's form and take adaptive tests — start or resume a family, answer its
 * items until the test ends or {@code load.maxAnswers} answers, then the next family — and {@code
 * load.employers} employers of the demo organisation northwind-labs (new Keycloak users too) who
 * page their comparison. Beside them, in the same run, two probes without think time: signed-in
 * candidates reading their dashboard ({@code /candidate/passport}) and anonymous visitors reading
 * the public home page ({@code /}); their throughput per instance is read from nginx's access log
 * afterwards ({@code deploy/bin/load-test.sh}), since the balancer decides which instance serves a
 * session.
 *
 * <p>Every answer the portal acknowledged (the post was redirected to the next item or the result
 * page, status 200) is written to the ledger {@code load.ledger} as {@code attempt position
 * username}; the fault test compares it with the database. Sessions that the portal sent back to
 * Keycloak's form mid-run (their session was lost) sign in again and are written to {@code
 * load.lost}.
 *
 * <p>Only the HTML of each page is fetched (no style sheets, scripts or images): the figures are
 * the portal's page work. Everything is bounded: the run stops after {@code load.duration} seconds
 * plus at most two minutes for requests in flight.
 */
public class PortalLoadSimulation extends Simulation {

  private static final String BASE = property("load.baseUrl", "http://localhost:8080");
  private static final String KEYCLOAK = property("load.keycloakUrl", "http://localhost:8180");
  private static final String KEYCLOAK_ADMIN = property("load.keycloakAdmin", "admin");
  private static final String KEYCLOAK_ADMIN_PASSWORD =
      property("load.keycloakAdminPassword", "admin");
  private static final String RUN =
      property("load.run", Long.toString(Instant.now().toEpochMilli()));
  private static final int CANDIDATES = Integer.parseInt(property("load.candidates", "40"));
  private static final int EMPLOYERS = Integer.parseInt(property("load.employers", "10"));
  private static final int PROBES = Integer.parseInt(property("load.probes", "2"));
  private static final int MAX_ANSWERS = Integer.parseInt(property("load.maxAnswers", "30"));
  private static final Duration DURATION =
      Duration.ofSeconds(Long.parseLong(property("load.duration", "300")));
  private static final Duration RAMP =
      Duration.ofSeconds(Long.parseLong(property("load.ramp", "30")));
  private static final Duration THINK =
      Duration.ofMillis(Long.parseLong(property("load.thinkMillis", "2000")));
  private static final Path LEDGER = Path.of(property("load.ledger", "target/load/ledger.txt"));
  private static final Path LOST = Path.of(property("load.lost", "target/load/lost-sessions.txt"));
  private static final String PASSWORD = "Load-test-" + RUN;

  /** The demo organisation (its bundles and sharing candidates come with the demo data). */
  private static final String ORGANISATION = "northwind-labs";

  private static String property(String name, String fallback) {
    String value = System.getProperty(name);
    return value == null || value.isBlank() ? fallback : value;
  }

  private static List<Map<String, Object>> users(String kind, int count) {
    List<Map<String, Object>> users = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      users.add(Map.of("username", "load-" + RUN + "-" + kind + i, "password", PASSWORD));
    }
    return users;
  }

  private static final List<Map<String, Object>> CANDIDATE_USERS = users("c", CANDIDATES);

  /**
   * The dashboard probes' accounts: new candidates with empty passports (default), or existing ones
   * named in {@code load.probeAccounts} as {@code user:password} separated by spaces (for example a
   * demo candidate with every family measured, so the dashboard shows a full passport). One
   * anonymous home-page probe runs per dashboard probe either way.
   */
  private static final String PROBE_ACCOUNTS = property("load.probeAccounts", "");

  private static final List<Map<String, Object>> PROBE_USERS =
      PROBE_ACCOUNTS.isBlank() ? users("p", PROBES) : accounts(PROBE_ACCOUNTS);

  private static List<Map<String, Object>> accounts(String list) {
    List<Map<String, Object>> users = new ArrayList<>();
    for (String account : list.strip().split("\\s+")) {
      int colon = account.indexOf(':');
      if (colon <= 0 || colon == account.length() - 1) {
        throw new IllegalArgumentException(
            "load.probeAccounts: \"" + account + "\" is not user:password");
      }
      users.add(
          Map.of(
              "username", account.substring(0, colon), "password", account.substring(colon + 1)));
    }
    return users;
  }

  private static final List<Map<String, Object>> EMPLOYER_USERS = users("e", EMPLOYERS);

  @Override
  public void before() {
    try {
      Files.createDirectories(LEDGER.toAbsolutePath().getParent());
      Files.createDirectories(LOST.toAbsolutePath().getParent());
      Files.deleteIfExists(LEDGER);
      Files.deleteIfExists(LOST);
      Files.createFile(LEDGER);
      Files.createFile(LOST);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    var admin = new KeycloakUsers(KEYCLOAK, KEYCLOAK_ADMIN, KEYCLOAK_ADMIN_PASSWORD);
    List<Map<String, Object>> all = new ArrayList<>(CANDIDATE_USERS);
    if (PROBE_ACCOUNTS.isBlank()) {
      all.addAll(PROBE_USERS);
    }
    for (Map<String, Object> user : all) {
      admin.createCandidate((String) user.get("username"), PASSWORD);
    }
    for (Map<String, Object> user : EMPLOYER_USERS) {
      admin.createEmployer((String) user.get("username"), PASSWORD, ORGANISATION);
    }
    System.out.printf(
        "[load] %d candidates, %d probe users and %d employers created in Keycloak (run %s)%n",
        CANDIDATE_USERS.size(), PROBE_USERS.size(), EMPLOYER_USERS.size(), RUN);
  }

  /** Appends one line to {@code file}; lines from many users at once stay whole. */
  private static synchronized void append(Path file, String line) {
    try (Writer out =
        Files.newBufferedWriter(
            file, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND)) {
      out.write(line);
      out.write('\n');
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // --- Sign-in through Keycloak's HTML form -------------------------------------------------

  /** Posts the credentials to the Keycloak form saved as {@code kcAction}; ends on the portal. */
  private static final ChainBuilder POST_CREDENTIALS =
      exec(http("sign-in: credentials")
              .post("#{kcAction}")
              .formParam("username", "#{username}")
              .formParam("password", "#{password}")
              .formParam("credentialId", "")
              .check(status().is(200))
              .check(currentLocation().transform(url -> url.startsWith(BASE)).is(true)))
          .exec(session -> session.remove("kcAction"));

  private static final ChainBuilder SIGN_IN =
      exec(http("sign-in: form")
              .get("/login")
              .check(status().is(200))
              .check(
                  css("form#kc-form-login", "action")
                      .transform(PortalLoadSimulation::unescape)
                      .saveAs("kcAction")))
          .exec(POST_CREDENTIALS);

  /**
   * After a page request saved its final URL as {@code landed}: if that is Keycloak's form, the
   * session was lost; note it and sign in again from that form.
   */
  private static ChainBuilder signInAgainIfSentToKeycloak(String page) {
    return doIf(session -> session.getString("landed").startsWith(KEYCLOAK))
        .then(
            exec(session -> {
                  append(LOST, Instant.now() + " " + session.getString("username") + " " + page);
                  return session;
                })
                .exec(
                    http("sign-in again (session lost)")
                        .get("#{landed}")
                        .check(
                            css("form#kc-form-login", "action")
                                .transform(PortalLoadSimulation::unescape)
                                .saveAs("kcAction")))
                .exec(POST_CREDENTIALS));
  }

  /** An attribute as the browser would send it; null (a missing optional value) stays null. */
  private static String unescape(String attribute) {
    return attribute == null ? null : attribute.replace("&amp;", "&");
  }

  // --- Candidates: adaptive tests -----------------------------------------------------------

  /** The hidden fields every Faces form of the portal posts back, saved under {@code prefix}. */
  private static List<io.gatling.javaapi.core.CheckBuilder> formFields(String form, String prefix) {
    return List.of(
        css("form#" + form, "action")
            .transform(PortalLoadSimulation::unescape)
            .optional()
            .saveAs(prefix + "Action"),
        css("form#" + form + " input[name='jakarta.faces.ViewState']", "value")
            .optional()
            .saveAs(prefix + "ViewState"),
        css("form#" + form + " input[name='csrf_token']", "value")
            .optional()
            .saveAs(prefix + "Csrf"));
  }

  /** What an item page holds: its form, its first option and position, saved for the answer. */
  private static List<io.gatling.javaapi.core.CheckBuilder> itemChecks() {
    List<io.gatling.javaapi.core.CheckBuilder> checks =
        new ArrayList<>(formFields("item-form", "item"));
    checks.add(
        css("form#item-form input[name='item-form:response']", "value")
            .optional()
            .saveAs("option"));
    checks.add(
        css("form#item-form input[name='item-form:next']", "value").optional().saveAs("next"));
    checks.add(currentLocationRegex("[?&]attempt=(\\d+)").optional().saveAs("attempt"));
    checks.add(currentLocationRegex("[?&]item=(\\d+)").optional().saveAs("position"));
    checks.add(currentLocation().saveAs("landed"));
    return checks;
  }

  private static Session clearItem(Session session) {
    return session
        .remove("itemAction")
        .remove("itemViewState")
        .remove("itemCsrf")
        .remove("option")
        .remove("next")
        .remove("position");
  }

  private static boolean onItem(Session session) {
    return session.contains("itemAction") && session.contains("option") && session.contains("next");
  }

  /** The answer post: acknowledged when it lands on the next item or the result, status 200. */
  private static final ChainBuilder ANSWER =
      exec(session ->
              clearItem(
                  session
                      .set("answeredPosition", session.getString("position"))
                      .set("answeredAttempt", session.getString("attempt"))
                      .set("postAction", session.getString("itemAction"))
                      .set("postViewState", session.getString("itemViewState"))
                      .set("postCsrf", session.getString("itemCsrf"))
                      .set("postOption", session.getString("option"))
                      .set("postNext", session.getString("next"))))
          .exec(
              http("answer an item")
                  .post("#{postAction}")
                  .formParam("item-form", "item-form")
                  .formParam("csrf_token", "#{postCsrf}")
                  .formParam("jakarta.faces.ViewState", "#{postViewState}")
                  .formParam("item-form:response", "#{postOption}")
                  .formParam("item-form:next", "#{postNext}")
                  .check(status().is(200))
                  .check(itemChecks()))
          .exec(
              session -> {
                if (session.isFailed()) {
                  return session.markAsSucceeded().remove("itemAction");
                }
                String landed = session.getString("landed");
                String attempt = session.getString("answeredAttempt");
                int answered = Integer.parseInt(session.getString("answeredPosition"));
                boolean next =
                    landed.contains("/candidate/take")
                        && landed.contains("attempt=" + attempt)
                        && session.contains("position")
                        && Integer.parseInt(session.getString("position")) > answered;
                boolean result = landed.contains("/candidate/result");
                if (next || result) {
                  append(LEDGER, attempt + " " + answered + " " + session.getString("username"));
                }
                return session.set("answers", session.getInt("answers") + 1);
              });

  private static final ChainBuilder TAKE_TESTS =
      during(DURATION)
          .on(
              exec(session -> clearItem(session).remove("startName").markAsSucceeded())
                  .exec(
                      http("candidate: assessments")
                          .get("/candidate/assessments")
                          .check(status().is(200))
                          .check(currentLocation().saveAs("landed"))
                          .check(formFields("samples-form", "samples"))
                          .check(
                              css(
                                      "form#samples-form input[type='submit'][id$=':resume'],"
                                          + " form#samples-form input[type='submit'][id$=':start']",
                                      "name")
                                  .optional()
                                  .saveAs("startName"))
                          .check(
                              css(
                                      "form#samples-form input[type='submit'][id$=':resume'],"
                                          + " form#samples-form input[type='submit'][id$=':start']",
                                      "value")
                                  .optional()
                                  .saveAs("startValue")))
                  .exec(signInAgainIfSentToKeycloak("assessments"))
                  .doIfOrElse(session -> session.contains("startName"))
                  .then(
                      exec(http("candidate: start or resume a test")
                              .post("#{samplesAction}")
                              .formParam("samples-form", "samples-form")
                              .formParam("csrf_token", "#{samplesCsrf}")
                              .formParam("jakarta.faces.ViewState", "#{samplesViewState}")
                              .formParam("#{startName}", "#{startValue}")
                              .check(status().is(200))
                              .check(itemChecks()))
                          .exec(session -> session.set("answers", 0))
                          .asLongAs(
                              session -> onItem(session) && session.getInt("answers") < MAX_ANSWERS)
                          .on(pause(THINK).exec(ANSWER)))
                  .orElse(pause(THINK))
                  .pause(THINK)
                  .exec(
                      http("candidate: dashboard")
                          .get("/candidate/passport")
                          .check(status().is(200))));

  // --- Employers: paging a comparison -------------------------------------------------------

  private static final String COMPARE_LINK = "a.compare-link";

  private static final ChainBuilder FIND_OR_CREATE_BUNDLE =
      exec(http("employer: bundles")
              .get("/employer/bundles")
              .check(status().is(200))
              .check(css(COMPARE_LINK, "href").optional().saveAs("compare"))
              .check(formFields("create", "create"))
              .check(
                  css("form#create select[name='create:from'] option", "value")
                      .optional()
                      .saveAs("from")))
          .doIf(session -> !session.contains("compare"))
          .then(
              exec(http("employer: create a bundle")
                      .post("#{createAction}")
                      .formParam("create", "create")
                      .formParam("csrf_token", "#{createCsrf}")
                      .formParam("jakarta.faces.ViewState", "#{createViewState}")
                      .formParam("create:name", "Load test " + RUN)
                      .formParam("create:from", "#{from}")
                      .formParam("create:createBundle", "Create")
                      .check(status().is(200)))
                  .exec(
                      http("employer: bundles")
                          .get("/employer/bundles")
                          .check(status().is(200))
                          .check(css(COMPARE_LINK, "href").saveAs("compare"))));

  private static final ChainBuilder PAGE_COMPARISON =
      during(DURATION)
          .on(
              exec(session -> session.remove("nextPage").markAsSucceeded())
                  .exec(
                      http("employer: comparison")
                          .get("#{compare}")
                          .check(status().is(200))
                          .check(
                              css("a[rel='next']", "href")
                                  .transform(PortalLoadSimulation::unescape)
                                  .optional()
                                  .saveAs("nextPage")))
                  .pause(THINK)
                  .doIf(session -> session.contains("nextPage"))
                  .then(
                      exec(http("employer: comparison, next page")
                              .get("#{nextPage}")
                              .check(status().is(200)))
                          .pause(THINK)));

  // --- Probes: dashboard against a static page, no think time --------------------------------

  /**
   * A probe that failed waits a second: a balancer that has no live instance answers 502 at once,
   * and a loop without think time would otherwise count thousands of failures a second.
   */
  private static final ChainBuilder BACK_OFF_AFTER_A_FAILURE =
      doIf(Session::isFailed).then(pause(Duration.ofSeconds(1)).exec(Session::markAsSucceeded));

  private static final ChainBuilder DASHBOARD_PROBE =
      during(DURATION)
          .on(
              exec(session -> session.remove("landed"))
                  .exec(
                      http("probe: candidate dashboard")
                          .get("/candidate/passport")
                          .check(status().is(200))
                          .check(currentLocation().saveAs("landed")))
                  .exec(BACK_OFF_AFTER_A_FAILURE)
                  .doIf(session -> session.contains("landed"))
                  .then(signInAgainIfSentToKeycloak("dashboard probe")));

  private static final ChainBuilder STATIC_PROBE =
      during(DURATION)
          .on(
              exec(http("probe: public home page").get("/").check(status().is(200)))
                  .exec(BACK_OFF_AFTER_A_FAILURE));

  {
    HttpProtocolBuilder protocol =
        http.baseUrl(BASE)
            .acceptHeader("text/html,application/xhtml+xml")
            .acceptLanguageHeader("en")
            .userAgentHeader("skills-passport-load-test")
            .disableCaching()
            .disableWarmUp();

    ScenarioBuilder candidates =
        scenario("candidates taking adaptive tests")
            .feed(listFeeder(CANDIDATE_USERS).queue())
            .exec(SIGN_IN)
            .exec(TAKE_TESTS);
    ScenarioBuilder employers =
        scenario("employers paging a comparison")
            .feed(listFeeder(EMPLOYER_USERS).queue())
            .exec(SIGN_IN)
            .exec(FIND_OR_CREATE_BUNDLE)
            .doIf(session -> session.contains("compare"))
            .then(PAGE_COMPARISON);
    ScenarioBuilder dashboard =
        scenario("probe: candidate dashboard")
            .feed(listFeeder(PROBE_USERS).queue())
            .exec(SIGN_IN)
            .exec(DASHBOARD_PROBE);
    ScenarioBuilder home = scenario("probe: public home page").exec(STATIC_PROBE);

    setUp(
            candidates.injectOpen(rampUsers(CANDIDATES).during(RAMP)),
            employers.injectOpen(rampUsers(EMPLOYERS).during(RAMP)),
            dashboard.injectOpen(atOnceUsers(PROBE_USERS.size())),
            home.injectOpen(atOnceUsers(PROBE_USERS.size())))
        .protocols(protocol)
        .maxDuration(DURATION.plus(RAMP).plusMinutes(2));
  }
}
