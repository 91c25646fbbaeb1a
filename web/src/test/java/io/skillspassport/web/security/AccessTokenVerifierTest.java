package io.skillspassport.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.skillspassport.web.security.AccessTokenVerifier.AccessToken;
import io.skillspassport.web.security.AccessTokenVerifier.InvalidToken;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The access token checks of the engines' API against tokens signed here with a fresh RSA key (the
 * issuer's) and a second one (an attacker's), shaped as Keycloak's client-credentials tokens.
 */
class AccessTokenVerifierTest {

  private static final String ISSUER = "http://localhost:8180/realms/skills-passport";
  private static final String AUDIENCE = "skills-passport-api";
  private static final Instant NOW = Instant.parse("2026-11-30T12:00:00Z");

  private static final KeyPair ISSUER_KEY = rsa();
  private static final KeyPair OTHER_KEY = rsa();

  private final AccessTokenVerifier verifier =
      new AccessTokenVerifier(
          ISSUER,
          AUDIENCE,
          kid -> Optional.ofNullable(Map.of("issuer-key", ISSUER_KEY.getPublic()).get(kid)),
          Clock.fixed(NOW, ZoneOffset.UTC));

  @Test
  void acceptsAClientCredentialsTokenAndNamesItsClientAndRoles() throws Exception {
    AccessToken token = verifier.verify(sign(valid(), "RS256", ISSUER_KEY.getPrivate()));

    assertThat(token.clientId()).isEqualTo("acme-engine");
    assertThat(token.roles()).containsExactlyInAnyOrder("assessment-engine", "offline_access");
    assertThat(token.expires()).isEqualTo(NOW.plusSeconds(60));
  }

  @Test
  void refusesATokenSignedWithAnotherKey() {
    String forged = sign(valid(), "RS256", OTHER_KEY.getPrivate());

    assertThatThrownBy(() -> verifier.verify(forged)).hasMessageContaining("signature");
  }

  @Test
  void refusesAnotherIssuerAudienceOrTokenType() {
    assertThatThrownBy(
            () -> verifier.verify(sign(valid().add("iss", "http://evil/realms/x"), "RS256", key())))
        .isInstanceOf(InvalidToken.class)
        .hasMessageContaining("issuer");
    assertThatThrownBy(() -> verifier.verify(sign(valid().add("aud", "account"), "RS256", key())))
        .hasMessageContaining("audience");
    assertThatThrownBy(() -> verifier.verify(sign(valid().add("typ", "ID"), "RS256", key())))
        .hasMessageContaining("not an access token");
  }

  @Test
  void refusesAnExpiredTokenOutsideTheLeewayAndAcceptsOneInside() throws Exception {
    long expiredLongAgo = NOW.minusSeconds(31).getEpochSecond();
    long expiredJustNow = NOW.minusSeconds(29).getEpochSecond();

    assertThatThrownBy(
            () -> verifier.verify(sign(valid().add("exp", expiredLongAgo), "RS256", key())))
        .hasMessageContaining("expired");
    assertThat(verifier.verify(sign(valid().add("exp", expiredJustNow), "RS256", key())).clientId())
        .isEqualTo("acme-engine");
  }

  @Test
  void refusesUnsignedAndSymmetricAlgorithms() {
    assertThatThrownBy(() -> verifier.verify(unsigned(valid(), "none")))
        .hasMessageContaining("algorithm none");
    assertThatThrownBy(() -> verifier.verify(unsigned(valid(), "HS256")))
        .hasMessageContaining("algorithm HS256");
  }

  @Test
  void refusesATokenWithoutItsClient() {
    assertThatThrownBy(() -> verifier.verify(sign(valid().remove("azp"), "RS256", key())))
        .hasMessageContaining("azp");
  }

  private static PrivateKey key() {
    return ISSUER_KEY.getPrivate();
  }

  private static JsonObjectBuilder valid() {
    return Json.createObjectBuilder()
        .add("iss", ISSUER)
        .add("aud", Json.createArrayBuilder().add(AUDIENCE).add("account"))
        .add("typ", "Bearer")
        .add("azp", "acme-engine")
        .add("iat", NOW.minusSeconds(5).getEpochSecond())
        .add("exp", NOW.plusSeconds(60).getEpochSecond())
        .add(
            "realm_access",
            Json.createObjectBuilder()
                .add(
                    "roles",
                    Json.createArrayBuilder().add("assessment-engine").add("offline_access")));
  }

  private static String sign(JsonObjectBuilder claims, String alg, PrivateKey key) {
    String signingInput =
        encode(
                Json.createObjectBuilder()
                    .add("alg", alg)
                    .add("kid", "issuer-key")
                    .add("typ", "JWT")
                    .build()
                    .toString())
            + "."
            + encode(claims.build().toString());
    try {
      Signature signature = Signature.getInstance("SHA256withRSA");
      signature.initSign(key);
      signature.update(signingInput.getBytes(StandardCharsets.US_ASCII));
      return signingInput
          + "."
          + Base64.getUrlEncoder().withoutPadding().encodeToString(signature.sign());
    } catch (java.security.GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String unsigned(JsonObjectBuilder claims, String alg) {
    return encode(
            Json.createObjectBuilder().add("alg", alg).add("kid", "issuer-key").build().toString())
        + "."
        + encode(claims.build().toString())
        + ".";
  }

  private static String encode(String json) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(json.getBytes(StandardCharsets.UTF_8));
  }

  private static KeyPair rsa() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048);
      return generator.generateKeyPair();
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
