package io.skillspassport.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.skillspassport.web.security.IdTokenVerifier.InvalidIdToken;
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
 * The ID token checks of the sign-in against tokens signed here with a fresh RSA key (the issuer's)
 * and a second one (an attacker's), shaped as Keycloak's ID tokens; and the portal's own access
 * token checked by {@link AccessTokenVerifier#ofClient}.
 */
class IdTokenVerifierTest {

  private static final String ISSUER = "http://localhost:8180/realms/skills-passport";
  private static final String CLIENT = "skills-passport-portal";
  private static final String NONCE = "nonce-of-this-sign-in";
  private static final Instant NOW = Instant.parse("2026-11-30T12:00:00Z");

  private static final KeyPair ISSUER_KEY = rsa();
  private static final KeyPair OTHER_KEY = rsa();

  private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

  private final IdTokenVerifier verifier =
      new IdTokenVerifier(
          ISSUER,
          CLIENT,
          kid -> Optional.ofNullable(Map.of("issuer-key", ISSUER_KEY.getPublic()).get(kid)),
          CLOCK);

  @Test
  void acceptsKeycloaksIdTokenWithTheNonceOfThisSignIn() throws Exception {
    var claims = verifier.verifyAtSignIn(sign(valid(), ISSUER_KEY.getPrivate()), NONCE);

    assertThat(claims.getString("preferred_username")).isEqualTo("erin.employer");
  }

  @Test
  void refusesAnotherNonceOrNone() {
    assertThatThrownBy(() -> verifier.verifyAtSignIn(sign(valid(), key()), "another-nonce"))
        .isInstanceOf(InvalidIdToken.class)
        .hasMessageContaining("nonce");
    assertThatThrownBy(() -> verifier.verifyAtSignIn(sign(valid().remove("nonce"), key()), NONCE))
        .hasMessageContaining("nonce");
  }

  @Test
  void refusesATokenSignedWithAnotherKey() {
    assertThatThrownBy(() -> verifier.verifyAtSignIn(sign(valid(), OTHER_KEY.getPrivate()), NONCE))
        .hasMessageContaining("signature");
  }

  @Test
  void refusesAnotherIssuerAudienceClientOrTokenType() {
    assertThatThrownBy(
            () -> verifier.verifyAtSignIn(sign(valid().add("iss", "http://evil/x"), key()), NONCE))
        .hasMessageContaining("issuer");
    assertThatThrownBy(
            () -> verifier.verifyAtSignIn(sign(valid().add("aud", "other-client"), key()), NONCE))
        .hasMessageContaining("audience");
    assertThatThrownBy(
            () -> verifier.verifyAtSignIn(sign(valid().add("azp", "other-client"), key()), NONCE))
        .hasMessageContaining("other-client");
    assertThatThrownBy(
            () -> verifier.verifyAtSignIn(sign(valid().add("typ", "Bearer"), key()), NONCE))
        .hasMessageContaining("not an ID token");
  }

  @Test
  void refusesAnExpiredTokenOutsideTheLeeway() throws Exception {
    long expiredLongAgo = NOW.minusSeconds(31).getEpochSecond();
    long expiredJustNow = NOW.minusSeconds(29).getEpochSecond();

    assertThatThrownBy(
            () -> verifier.verifyAtSignIn(sign(valid().add("exp", expiredLongAgo), key()), NONCE))
        .hasMessageContaining("expired");
    assertThat(verifier.verifyAtSignIn(sign(valid().add("exp", expiredJustNow), key()), NONCE))
        .isNotNull();
  }

  @Test
  void aRefreshedTokenMustNameTheSameSubject() throws Exception {
    String refreshed = sign(valid().remove("nonce"), key());

    assertThat(verifier.verifyAtRefresh(refreshed, "user-1").getString("sub")).isEqualTo("user-1");
    assertThatThrownBy(() -> verifier.verifyAtRefresh(refreshed, "user-2"))
        .hasMessageContaining("subject");
  }

  @Test
  void thePortalsOwnAccessTokenMustNameItsClientInAzp() throws Exception {
    var access =
        AccessTokenVerifier.ofClient(
            ISSUER,
            CLIENT,
            kid -> Optional.ofNullable(Map.of("issuer-key", ISSUER_KEY.getPublic()).get(kid)),
            CLOCK);
    JsonObjectBuilder token = valid().add("typ", "Bearer").add("aud", "account").remove("nonce");

    var verified = access.verify(sign(token, key()));
    assertThat(verified.clientId()).isEqualTo(CLIENT);
    assertThat(verified.claims().getString("preferred_username")).isEqualTo("erin.employer");
    assertThatThrownBy(
            () ->
                access.verify(sign(valid().add("typ", "Bearer").add("azp", "other-client"), key())))
        .hasMessageContaining("other-client");
  }

  private static PrivateKey key() {
    return ISSUER_KEY.getPrivate();
  }

  private static JsonObjectBuilder valid() {
    return Json.createObjectBuilder()
        .add("iss", ISSUER)
        .add("aud", CLIENT)
        .add("azp", CLIENT)
        .add("typ", "ID")
        .add("sub", "user-1")
        .add("sid", "keycloak-session-1")
        .add("nonce", NONCE)
        .add("preferred_username", "erin.employer")
        .add("iat", NOW.minusSeconds(5).getEpochSecond())
        .add("exp", NOW.plusSeconds(60).getEpochSecond());
  }

  private static String sign(JsonObjectBuilder claims, PrivateKey key) {
    String signingInput =
        encode(
                Json.createObjectBuilder()
                    .add("alg", "RS256")
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
