package io.skillspassport.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.skillspassport.web.security.LogoutTokenVerifier.InvalidLogoutToken;
import io.skillspassport.web.security.LogoutTokenVerifier.LogoutToken;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The logout token checks of OpenID Connect Back-Channel Logout 1.0, section 2.6, against tokens
 * signed here with a fresh RSA key (the issuer's) and a second one (an attacker's).
 */
class LogoutTokenVerifierTest {

  private static final String ISSUER = "http://localhost:8180/realms/skills-passport";
  private static final String CLIENT = "skills-passport-portal";
  private static final Instant NOW = Instant.parse("2026-11-30T12:00:00Z");

  private static final KeyPair ISSUER_KEY = rsa();
  private static final KeyPair OTHER_KEY = rsa();

  private final LogoutTokenVerifier verifier =
      new LogoutTokenVerifier(
          ISSUER,
          CLIENT,
          kid -> Optional.ofNullable(Map.of("issuer-key", ISSUER_KEY.getPublic()).get(kid)),
          Clock.fixed(NOW, ZoneOffset.UTC));

  @Test
  void acceptsAKeycloakShapedTokenAndNamesItsSession() throws Exception {
    LogoutToken token = verifier.verify(sign(validClaims(), "RS256", ISSUER_KEY.getPrivate()));

    assertThat(token.sid()).contains("kc-session-1");
    assertThat(token.sub()).contains("user-1");
  }

  @Test
  void acceptsAnAudienceList() throws Exception {
    var claims = validClaims().add("aud", Json.createArrayBuilder().add("account").add(CLIENT));

    assertThat(verifier.verify(sign(claims, "RS256", ISSUER_KEY.getPrivate())).sid())
        .contains("kc-session-1");
  }

  @Test
  void refusesATokenSignedWithAnotherKey() {
    String forged = sign(validClaims(), "RS256", OTHER_KEY.getPrivate());

    assertThatThrownBy(() -> verifier.verify(forged))
        .isInstanceOf(InvalidLogoutToken.class)
        .hasMessageContaining("signature");
  }

  @Test
  void refusesATokenWhoseClaimsWereChangedAfterSigning() {
    String genuine = sign(validClaims(), "RS256", ISSUER_KEY.getPrivate());
    String[] parts = genuine.split("\\.");
    String otherClaims =
        encode(validClaims().add("sid", "someone-elses-session").build().toString());

    assertThatThrownBy(() -> verifier.verify(parts[0] + "." + otherClaims + "." + parts[2]))
        .isInstanceOf(InvalidLogoutToken.class)
        .hasMessageContaining("signature");
  }

  @Test
  void refusesAlgorithmNone() {
    String header = encode("{\"alg\":\"none\",\"kid\":\"issuer-key\"}");
    String unsigned = header + "." + encode(validClaims().build().toString()) + ".";

    assertThatThrownBy(() -> verifier.verify(unsigned)).hasMessageContaining("algorithm none");
  }

  @Test
  void refusesAnUnknownKeyId() {
    String token = signWithKid(validClaims(), "made-up", ISSUER_KEY.getPrivate());

    assertThatThrownBy(() -> verifier.verify(token)).hasMessageContaining("not the issuer's");
  }

  @Test
  void refusesAnotherIssuer() {
    var claims = validClaims().add("iss", "http://evil.example/realms/skills-passport");

    assertThatThrownBy(() -> verifier.verify(sign(claims, "RS256", ISSUER_KEY.getPrivate())))
        .hasMessageContaining("issuer");
  }

  @Test
  void refusesAnotherAudience() {
    var claims = validClaims().add("aud", "another-client");

    assertThatThrownBy(() -> verifier.verify(sign(claims, "RS256", ISSUER_KEY.getPrivate())))
        .hasMessageContaining("audience");
  }

  @Test
  void refusesAnExpiredToken() {
    var claims =
        validClaims()
            .add("iat", NOW.minusSeconds(600).getEpochSecond())
            .add("exp", NOW.minusSeconds(61).getEpochSecond());

    assertThatThrownBy(() -> verifier.verify(sign(claims, "RS256", ISSUER_KEY.getPrivate())))
        .hasMessageContaining("expired");
  }

  @Test
  void refusesATokenWithoutTheLogoutEvent() {
    var claims = validClaims().add("events", Json.createObjectBuilder());

    assertThatThrownBy(() -> verifier.verify(sign(claims, "RS256", ISSUER_KEY.getPrivate())))
        .hasMessageContaining("event");
  }

  @Test
  void refusesAnIdTokenPassedOffAsALogoutToken() {
    var claims = validClaims().add("nonce", "n-0S6_WzA2Mj");

    assertThatThrownBy(() -> verifier.verify(sign(claims, "RS256", ISSUER_KEY.getPrivate())))
        .hasMessageContaining("nonce");
  }

  @Test
  void refusesATokenNamingNobody() {
    var claims = validClaims().add("sid", "").add("sub", "");

    assertThatThrownBy(() -> verifier.verify(sign(claims, "RS256", ISSUER_KEY.getPrivate())))
        .hasMessageContaining("neither sid nor sub");
  }

  @Test
  void refusesGarbage() {
    assertThatThrownBy(() -> verifier.verify("not-a-token")).isInstanceOf(InvalidLogoutToken.class);
    assertThatThrownBy(() -> verifier.verify(null)).isInstanceOf(InvalidLogoutToken.class);
    assertThatThrownBy(() -> verifier.verify("e30.e30.e30")).isInstanceOf(InvalidLogoutToken.class);
  }

  @Test
  void readsAnRsaKeyFromItsJwk() throws Exception {
    var publicKey = (java.security.interfaces.RSAPublicKey) ISSUER_KEY.getPublic();
    JsonObject jwk =
        Json.createObjectBuilder()
            .add("kty", "RSA")
            .add("kid", "issuer-key")
            .add("n", unsigned(publicKey.getModulus()))
            .add("e", unsigned(publicKey.getPublicExponent()))
            .build();

    PublicKey read = IssuerKeys.rsaKey(jwk);

    assertThat(read.getEncoded()).isEqualTo(publicKey.getEncoded());
  }

  private static JsonObjectBuilder validClaims() {
    return Json.createObjectBuilder()
        .add("iss", ISSUER)
        .add("aud", CLIENT)
        .add("iat", NOW.minusSeconds(5).getEpochSecond())
        .add("exp", NOW.plusSeconds(295).getEpochSecond())
        .add("jti", "e1b3f6b0")
        .add("sub", "user-1")
        .add("sid", "kc-session-1")
        .add(
            "events",
            Json.createObjectBuilder()
                .add(LogoutTokenVerifier.LOGOUT_EVENT, Json.createObjectBuilder()));
  }

  private static String sign(JsonObjectBuilder claims, String alg, PrivateKey key) {
    return signWith(claims.build().toString(), alg, "issuer-key", key);
  }

  private static String signWithKid(JsonObjectBuilder claims, String kid, PrivateKey key) {
    return signWith(claims.build().toString(), "RS256", kid, key);
  }

  private static String signWith(String claims, String alg, String kid, PrivateKey key) {
    String input =
        encode("{\"alg\":\"" + alg + "\",\"typ\":\"logout+jwt\",\"kid\":\"" + kid + "\"}")
            + "."
            + encode(claims);
    try {
      Signature signature = Signature.getInstance("SHA256withRSA");
      signature.initSign(key);
      signature.update(input.getBytes(StandardCharsets.US_ASCII));
      return input + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(signature.sign());
    } catch (java.security.GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String encode(String json) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(json.getBytes(StandardCharsets.UTF_8));
  }

  private static String unsigned(java.math.BigInteger value) {
    byte[] bytes = value.toByteArray();
    if (bytes[0] == 0) {
      bytes = java.util.Arrays.copyOfRange(bytes, 1, bytes.length);
    }
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  private static KeyPair rsa() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048);
      return generator.generateKeyPair();
    } catch (java.security.GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
