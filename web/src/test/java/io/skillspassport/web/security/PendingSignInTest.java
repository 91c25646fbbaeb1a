package io.skillspassport.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** PKCE, state and nonce of a sign-in; the session records survive serialization. */
class PendingSignInTest {

  /**
   * RFC 7636, Appendix B: the S256 example. Recomputed independently with Python's hashlib and
   * base64 ({@code urlsafe_b64encode(sha256(verifier)).rstrip('=')}), same value.
   */
  @Test
  void theChallengeIsRfc7636sExample() {
    assertThat(PendingSignIn.challengeOf("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"))
        .isEqualTo("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM");
  }

  @Test
  void freshValuesAreLongEnoughUrlSafeAndDistinct() {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 50; i++) {
      PendingSignIn pending = PendingSignIn.create();
      for (String value : List.of(pending.state(), pending.nonce(), pending.codeVerifier())) {
        assertThat(value).hasSize(43).matches("[A-Za-z0-9_-]+");
        assertThat(seen.add(value)).as("repeated value %s", value).isTrue();
      }
    }
  }

  @Test
  void onlyTheSameStateMatches() {
    PendingSignIn pending = PendingSignIn.create();

    assertThat(pending.matches(pending.state())).isTrue();
    assertThat(pending.matches(PendingSignIn.create().state())).isFalse();
    assertThat(pending.matches("")).isFalse();
    assertThat(pending.matches(null)).isFalse();
  }

  /** What the data grid does with a session attribute when the session moves to another member. */
  @Test
  void theSessionRecordsSurviveSerialization() throws Exception {
    var caller =
        new SignedInCaller(
            "erin.employer",
            List.of("employer"),
            Map.of("name", "Erin Walsh", "sid", "s-1", "sub", "u-1"),
            new SignedInCaller.Tokens(
                "id.t.s", "access.t.s", "", Instant.parse("2026-11-30T12:00:00Z")));
    PendingSignIn pending = PendingSignIn.create();

    assertThat(roundTrip(caller)).isEqualTo(caller);
    assertThat(((SignedInCaller) roundTrip(caller)).tokens().refresh()).isEmpty();
    assertThat(roundTrip(pending)).isEqualTo(pending);
  }

  private static Object roundTrip(Object value) throws Exception {
    var bytes = new ByteArrayOutputStream();
    try (var out = new ObjectOutputStream(bytes)) {
      out.writeObject(value);
    }
    try (var in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      return in.readObject();
    }
  }
}
