package io.skillspassport.bundles.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The secrets of invitation links: 256 random bits from {@link SecureRandom}, written as 43
 * URL-safe Base64 characters, and the SHA-256 that is all the database keeps of them.
 *
 * <p>Why a plain hash suffices (no salt, no slow hash): the token has 256 bits of entropy, so
 * guessing it from its hash is as hard as guessing it outright; salts and key stretching protect
 * low-entropy secrets such as passwords.
 */
public final class InvitationTokens {

  /** Length of a token: 32 bytes in unpadded URL-safe Base64. */
  public static final int LENGTH = 43;

  private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9_-]{" + LENGTH + "}");

  private static final SecureRandom RANDOM = new SecureRandom();

  private InvitationTokens() {}

  /** A new random token. */
  public static String newToken() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /**
   * The lower-case hex SHA-256 of a token's characters, or empty for anything that is not shaped
   * like a token (so that a malformed link is "unknown" without a database query).
   */
  public static Optional<String> hashOf(String token) {
    if (token == null || !SHAPE.matcher(token).matches()) {
      return Optional.empty();
    }
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
      return Optional.of(HexFormat.of().formatHex(digest));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java runtime has SHA-256", e);
    }
  }
}
