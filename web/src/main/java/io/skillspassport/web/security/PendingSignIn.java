package io.skillspassport.web.security;

import jakarta.servlet.http.HttpSession;
import java.io.Serial;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;

/**
 * A sign-in on its way through Keycloak, kept in the session between the redirect to the
 * authorization endpoint and the return to {@code /callback}: the {@code state} (the return must
 * carry it: a callback the portal did not start is refused), the {@code nonce} (the ID token must
 * carry it: a code obtained for another sign-in is refused), and the PKCE code verifier (RFC 7636:
 * the token endpoint hands tokens only to whoever knows it, so an intercepted code is useless).
 *
 * <p>Each is 32 random bytes from {@link SecureRandom}, base64url without padding (43 characters,
 * the verifier within RFC 7636's 43–128). The challenge sent is {@code
 * BASE64URL(SHA-256(ASCII(verifier)))}, method {@code S256} (RFC 7636, section 4.2).
 */
record PendingSignIn(String state, String nonce, String codeVerifier) implements Serializable {

  @Serial private static final long serialVersionUID = 1L;

  /** The session attribute holding it. */
  static final String ATTRIBUTE = PendingSignIn.class.getName();

  private static final SecureRandom RANDOM = new SecureRandom();

  PendingSignIn {
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(nonce, "nonce");
    Objects.requireNonNull(codeVerifier, "codeVerifier");
  }

  /** A new sign-in with fresh random values. */
  static PendingSignIn create() {
    return new PendingSignIn(random(), random(), random());
  }

  /** The PKCE code challenge of the verifier, method S256. */
  String codeChallenge() {
    return challengeOf(codeVerifier);
  }

  /** {@code BASE64URL-ENCODE(SHA256(ASCII(verifier)))}, without padding. */
  static String challengeOf(String verifier) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  /** Whether {@code returned} is this sign-in's state (constant-time comparison). */
  boolean matches(String returned) {
    return returned != null
        && MessageDigest.isEqual(
            state.getBytes(StandardCharsets.US_ASCII),
            returned.getBytes(StandardCharsets.US_ASCII));
  }

  /** Takes the pending sign-in off {@code session}: a state is good for one return only. */
  static Optional<PendingSignIn> take(HttpSession session) {
    try {
      Object pending = session.getAttribute(ATTRIBUTE);
      session.removeAttribute(ATTRIBUTE);
      return pending instanceof PendingSignIn p ? Optional.of(p) : Optional.empty();
    } catch (IllegalStateException invalidated) {
      return Optional.empty();
    }
  }

  private static String random() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
