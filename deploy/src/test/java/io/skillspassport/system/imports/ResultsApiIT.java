package io.skillspassport.system.imports;

import static org.assertj.core.api.Assertions.assertThat;

import io.skillspassport.system.DemoUser;
import io.skillspassport.system.FacesForm;
import io.skillspassport.system.HttpSession;
import io.skillspassport.system.Portal;
import io.skillspassport.system.SystemTest;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.Optional;
import java.util.UUID;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The score-ingestion API against the packaged portal and the real Keycloak: every engine is a
 * Keycloak client created for the test (client credentials), registered by ada.admin on {@code
 * /admin/engines} with a linear equating table; every candidate is new. Each refusal is checked for
 * its status, its RFC 9457 problem, and that nothing was stored: the candidate has no pending
 * result and a correct post under the same idempotency key is then a first post, not a replay.
 *
 * <p>Hand-worked expectations for the table {@code e(x) = 350 + 7.5·x} ({@link EngineApi#TABLE}),
 * linking error 8: score 42 ± 2 → S* = 350 + 315 = 665; SEM from the engine 7.5·2 = 15; SEM = √(15²
 * + 8²) = √289 = 17; 95% band [floor(665 − 33.32), ceil(665 + 33.32)] = [631, 699].
 */
@SystemTest
class ResultsApiIT {

  private static final String PROBLEM = "application/problem+json";

  @Test
  void withoutATokenTheAnswerIs401AndNothingIsStored(Portal portal) {
    EngineApi engine = EngineApi.create(portal, "it-engine", true, true);
    CandidateSide candidate = CandidateSide.create(portal);
    String key = UUID.randomUUID().toString();
    String body = EngineApi.result(candidate.engineCode(), 42, 2);

    HttpResponse<String> none = engine.post(Optional.empty(), key, body);
    HttpResponse<String> forged = engine.post(Optional.of(forgedToken(engine.token())), key, body);

    assertProblem(none, 401, "unauthenticated");
    assertThat(none.headers().firstValue("WWW-Authenticate").orElse("")).startsWith("Bearer");
    assertProblem(forged, 401, "invalid-token");
    assertThat(EngineApi.json(forged).getString("detail")).contains("signature");
    assertNothingStored(engine, candidate, key, body);
  }

  @Test
  void aClientWithoutTheEngineRoleGets403(Portal portal) {
    EngineApi noRole = EngineApi.create(portal, "it-norole", false, true);
    CandidateSide candidate = CandidateSide.create(portal);
    String key = UUID.randomUUID().toString();

    HttpResponse<String> refused =
        noRole.post(key, EngineApi.result(candidate.engineCode(), 42, 2));

    assertProblem(refused, 403, "forbidden");
    assertThat(candidate.pendingCount()).isZero();
  }

  @Test
  void anotherEnginesResultIsNotFound(Portal portal) {
    EngineApi owner = EngineApi.create(portal, "it-owner", true, true);
    EngineApi other = EngineApi.create(portal, "it-other", true, true);
    CandidateSide candidate = CandidateSide.create(portal);
    HttpResponse<String> posted =
        owner.post(UUID.randomUUID().toString(), EngineApi.result(candidate.engineCode(), 42, 2));
    assertThat(posted.statusCode()).as(posted.body()).isEqualTo(201);
    String id = Long.toString(EngineApi.json(posted).getJsonNumber("id").longValue());

    HttpResponse<String> foreign = other.get(other.token(), id);
    HttpResponse<String> own = owner.get(owner.token(), id);

    assertProblem(foreign, 404, "not-found");
    assertThat(foreign.body()).doesNotContain("\"scaledScore\"");
    assertThat(own.statusCode()).isEqualTo(200);
    assertThat(EngineApi.json(own).getString("status")).isEqualTo("pending");
  }

  @Test
  void aReplayedKeyAnswersTheSameAndStoresOneRow(Portal portal) {
    EngineApi engine = EngineApi.create(portal, "it-replay", true, true);
    CandidateSide candidate = CandidateSide.create(portal);
    String key = UUID.randomUUID().toString();
    String body = EngineApi.result(candidate.engineCode(), 42, 2);

    HttpResponse<String> first = engine.post(key, body);
    HttpResponse<String> replay = engine.post(key, body);
    HttpResponse<String> otherBody =
        engine.post(key, EngineApi.result(candidate.engineCode(), 43, 2));

    assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
    assertThat(replay.statusCode()).isEqualTo(201);
    assertThat(replay.body()).isEqualTo(first.body());
    assertThat(replay.headers().firstValue("Location"))
        .isEqualTo(first.headers().firstValue("Location"));
    assertThat(first.headers().firstValue("Idempotent-Replayed")).isEmpty();
    assertThat(replay.headers().firstValue("Idempotent-Replayed")).contains("true");
    assertProblem(otherBody, 422, "key-reused");
    assertThat(candidate.pendingCount()).isEqualTo(1);
  }

  @Test
  void malformedJsonIs400(Portal portal) {
    EngineApi engine = EngineApi.create(portal, "it-malformed", true, true);
    CandidateSide candidate = CandidateSide.create(portal);
    String key = UUID.randomUUID().toString();

    HttpResponse<String> malformed =
        engine.post(key, "{\"candidateCode\": \"" + candidate.engineCode() + "\", \"score\": ");

    assertProblem(malformed, 400, "malformed-json");
    assertNothingStored(engine, candidate, key, EngineApi.result(candidate.engineCode(), 42, 2));
  }

  @Test
  void invalidValuesAre422WithEveryFieldNamed(Portal portal) {
    EngineApi engine = EngineApi.create(portal, "it-invalid", true, true);
    CandidateSide candidate = CandidateSide.create(portal);
    String key = UUID.randomUUID().toString();

    HttpResponse<String> invalid =
        engine.post(
            key,
            "{\"candidateCode\":\""
                + candidate.engineCode()
                + "\",\"familyCode\":\"COMMUNICATION\",\"score\":\"high\",\"standardError\":-1,"
                + "\"measuredAt\":\"yesterday\",\"extra\":1}");

    assertProblem(invalid, 422, "invalid-result");
    JsonObject errors = EngineApi.json(invalid).getJsonObject("errors");
    assertThat(errors.keySet()).contains("score", "measuredAt", "extra");
    assertNothingStored(engine, candidate, key, EngineApi.result(candidate.engineCode(), 42, 2));
  }

  @Test
  void anOversizedPayloadIs413(Portal portal) {
    EngineApi engine = EngineApi.create(portal, "it-large", true, true);
    CandidateSide candidate = CandidateSide.create(portal);
    String key = UUID.randomUUID().toString();
    String padding = "x".repeat(64 * 1024);

    HttpResponse<String> large =
        engine.post(
            key,
            "{\"candidateCode\":\"" + candidate.engineCode() + "\",\"note\":\"" + padding + "\"}");

    assertProblem(large, 413, "payload-too-large");
    assertNothingStored(engine, candidate, key, EngineApi.result(candidate.engineCode(), 42, 2));
  }

  @Test
  void anUnknownCandidateIs404(Portal portal) {
    EngineApi engine = EngineApi.create(portal, "it-unknown", true, true);
    CandidateSide candidate = CandidateSide.create(portal);
    String key = UUID.randomUUID().toString();

    HttpResponse<String> unknown = engine.post(key, EngineApi.result("SP-0000-0000", 42, 2));

    assertProblem(unknown, 404, "unknown-candidate");
    assertNothingStored(engine, candidate, key, EngineApi.result(candidate.engineCode(), 42, 2));
  }

  @Test
  void aClientOverItsRateGets429WithRetryAfter(Portal portal) throws InterruptedException {
    EngineApi engine = EngineApi.create(portal, "it-rate", true, true);
    CandidateSide candidate = CandidateSide.create(portal);
    String token = engine.token();
    HttpResponse<String> limited = null;
    int sent = 0;
    // The default limit is 60 per 60 s per client, refilled one per second: 200 quick requests
    // cannot all pass.
    while (sent < 200 && limited == null) {
      HttpResponse<String> r = engine.get(token, "999999999");
      sent++;
      if (r.statusCode() == 429) {
        limited = r;
      } else {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(404);
      }
    }
    assertThat(limited).as("a 429 within 200 requests").isNotNull();
    assertThat(sent).isGreaterThan(60);
    String key = UUID.randomUUID().toString();
    String body = EngineApi.result(candidate.engineCode(), 42, 2);
    HttpResponse<String> post = engine.post(Optional.of(token), key, body);

    assertProblem(limited, 429, "rate-limited");
    long retryAfter = Long.parseLong(limited.headers().firstValue("Retry-After").orElseThrow());
    assertThat(retryAfter).isBetween(1L, 60L);
    if (post.statusCode() == 429) {
      assertThat(candidate.pendingCount()).isZero();
      Thread.sleep(retryAfter * 1000 + 500);
      HttpResponse<String> later = engine.post(key, body);
      assertThat(later.statusCode()).as(later.body()).isEqualTo(201);
      assertThat(later.headers().firstValue("Idempotent-Replayed")).isEmpty();
    }
  }

  @Test
  void anAcceptedImportShowsOnThePassportWithItsSem(Portal portal) {
    EngineApi engine = EngineApi.create(portal, "it-accept", true, true);
    CandidateSide candidate = CandidateSide.create(portal);
    HttpResponse<String> posted =
        engine.post(UUID.randomUUID().toString(), EngineApi.result(candidate.engineCode(), 42, 2));
    assertThat(posted.statusCode()).as(posted.body()).isEqualTo(201);
    JsonObject result = EngineApi.json(posted);
    long id = result.getJsonNumber("id").longValue();
    assertThat(result.getInt("scaledScore")).isEqualTo(665);
    assertThat(result.getJsonNumber("sem").doubleValue()).isCloseTo(17.0, within());
    assertThat(result.getInt("bandLow")).isEqualTo(631);
    assertThat(result.getInt("bandHigh")).isEqualTo(699);
    Document before = candidate.passport();
    assertThat(before.getElementById("score-data-analysis").hasClass("missing"))
        .as("a pending result does not count")
        .isTrue();

    Document after = candidate.accept(id);

    Element card = after.getElementById("score-data-analysis");
    assertThat(card.hasClass("measured")).isTrue();
    assertThat(card.selectFirst(".passport-score-value").text()).isEqualTo("665");
    assertThat(card.text()).contains("631–699", "±17", "Imported"); // SEM in whole points
    assertThat(after.select("li.import-pending")).isEmpty();
    HttpResponse<String> status = engine.get(engine.token(), Long.toString(id));
    assertThat(EngineApi.json(status).getString("status")).isEqualTo("accepted");
  }

  @Test
  void aWithdrawalRevokesTheCredentialCarryingTheResult(Portal portal) {
    EngineApi engine = EngineApi.create(portal, "it-withdraw", true, true);
    CandidateSide candidate = CandidateSide.create(portal);
    HttpResponse<String> posted =
        engine.post(UUID.randomUUID().toString(), EngineApi.result(candidate.engineCode(), 42, 2));
    long id = EngineApi.json(posted).getJsonNumber("id").longValue();
    candidate.accept(id);
    String credential = exportCredential(candidate);
    assertThat(verify(portal, credential)).isEqualTo("valid");

    HttpSession admin = HttpSession.signedIn(portal, DemoUser.ADA_ADMIN).session();
    Document results = admin.get("/admin/results?candidate=" + candidate.username).document();
    assertThat(results.select("table.results tbody tr")).hasSize(1);
    FacesForm withdraw = FacesForm.of(results, "withdraw");
    withdraw.set("withdraw:reason", "The engine reported a scoring error");
    Document done = withdraw.submit(admin, "withdraw:withdrawResult").document();
    assertThat(done.text()).contains("was withdrawn");

    assertThat(verify(portal, credential)).isEqualTo("revoked");
    Document passport = candidate.passport();
    assertThat(passport.getElementById("score-data-analysis").hasClass("missing")).isTrue();
    assertThat(passport.select("li.withdrawn-result").text())
        .contains("The engine reported a scoring error");
  }

  @Test
  void theOpenApiDocumentDescribesTheApi(Portal portal) {
    HttpResponse<String> document =
        EngineApi.send(
            java.net.http.HttpRequest.newBuilder(portal.uri("/openapi"))
                .header("Accept", "application/json")
                .GET()
                .build());

    assertThat(document.statusCode()).isEqualTo(200);
    assertThat(document.body())
        .contains(
            "/v1/results", "Idempotency-Key", "application/problem+json", "clientCredentials");
  }

  private static String exportCredential(CandidateSide candidate) {
    Element form = candidate.passport().getElementById("credential-form");
    java.util.Map<String, String> fields = new java.util.LinkedHashMap<>();
    form.select("input[name]").forEach(input -> fields.put(input.attr("name"), input.val()));
    HttpResponse<String> download = candidate.session.postOnce(form.attr("action"), fields);
    assertThat(download.statusCode()).isEqualTo(200);
    return download.body().strip();
  }

  /** The outcome the public {@code /verify} page shows for a pasted credential. */
  private static String verify(Portal portal, String credential) {
    HttpSession visitor = HttpSession.anonymous(portal);
    FacesForm form = FacesForm.of(visitor.get("/verify").document(), "verify-form");
    form.set("verify-form:token", credential);
    Document page = form.submit(visitor, "verify-form:verify").document();
    return page.getElementById("verify-verdict").attr("data-outcome");
  }

  private static org.assertj.core.data.Offset<Double> within() {
    return org.assertj.core.data.Offset.offset(1e-9);
  }

  /** The engine's real token with one character of its signature changed. */
  private static String forgedToken(String token) {
    int last = token.length() - 2;
    char c = token.charAt(last) == 'A' ? 'B' : 'A';
    return token.substring(0, last) + c + token.charAt(last + 1);
  }

  private static void assertProblem(HttpResponse<String> response, int status, String type) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith(PROBLEM);
    JsonObject problem = EngineApi.json(response);
    assertThat(problem.getString("type")).isEqualTo("urn:skills-passport:problem:" + type);
    assertThat(problem.getInt("status")).isEqualTo(status);
    assertThat(problem.getString("title")).isNotBlank();
    assertThat(problem.getString("detail")).isNotBlank();
  }

  /**
   * Nothing was stored for the refused request: the candidate has no pending result, and a correct
   * post under the same key is a first post (201 without {@code Idempotent-Replayed}).
   */
  private static void assertNothingStored(
      EngineApi engine, CandidateSide candidate, String key, String correctBody) {
    assertThat(candidate.pendingCount()).isZero();
    HttpResponse<String> correct = engine.post(key, correctBody);
    assertThat(correct.statusCode()).as(correct.body()).isEqualTo(201);
    assertThat(correct.headers().firstValue("Idempotent-Replayed")).isEmpty();
    assertThat(candidate.pendingCount()).isEqualTo(1);
  }
}
