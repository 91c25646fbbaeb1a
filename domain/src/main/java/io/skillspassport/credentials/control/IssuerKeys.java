package io.skillspassport.credentials.control;

import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.OctetKeyPair;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The issuer's Ed25519 key pairs as a JWK Set: the first key signs new credentials, every key
 * verifies. Rotation puts a new key in front and keeps the old ones, so a credential signed before
 * the rotation still verifies by its {@code kid} (the key's RFC 7638 thumbprint).
 *
 * <p>The private keys live in a JWK Set file outside the repository: by default {@code
 * credential-keys.jwks.json} in the data folder ({@code PASSPORT_DATA_DIR}), created on first use
 * with owner-only permissions; in production the file named by {@code PASSPORT_CREDENTIAL_KEYS},
 * mounted from a secret store and shared by every instance. A configured file that does not exist
 * is an error rather than a reason to generate: two instances generating keys of their own would
 * issue credentials the other cannot vouch for.
 */
public final class IssuerKeys {

  private final List<OctetKeyPair> keys;

  private IssuerKeys(List<OctetKeyPair> keys) {
    if (keys.isEmpty()) {
      throw new IllegalArgumentException("An issuer key set needs at least one key");
    }
    this.keys = List.copyOf(keys);
  }

  /** A key set of one freshly generated key. */
  public static IssuerKeys generate() {
    return new IssuerKeys(List.of(newKey()));
  }

  /** The keys of a JWK Set; every key must be an Ed25519 key pair with its private part. */
  public static IssuerKeys of(JWKSet set) {
    List<OctetKeyPair> keys = new ArrayList<>();
    for (JWK jwk : set.getKeys()) {
      if (!(jwk instanceof OctetKeyPair okp)
          || !Curve.Ed25519.equals(okp.getCurve())
          || !okp.isPrivate()) {
        throw new IllegalArgumentException(
            "Every issuer key must be a private Ed25519 key (kty OKP, crv Ed25519, with d); "
                + jwk.getKeyID()
                + " is not");
      }
      keys.add(okp);
    }
    return new IssuerKeys(keys);
  }

  /** Reads a key set file. */
  public static IssuerKeys read(Path file) {
    try {
      return of(JWKSet.parse(Files.readString(file, StandardCharsets.UTF_8)));
    } catch (IOException | ParseException e) {
      throw new IllegalStateException("Cannot read the issuer key set " + file + ": " + e, e);
    }
  }

  /** This set with a new signing key in front; the old keys stay for verification. */
  public IssuerKeys rotated() {
    List<OctetKeyPair> next = new ArrayList<>();
    next.add(newKey());
    next.addAll(keys);
    return new IssuerKeys(next);
  }

  /** The key that signs new credentials. */
  public OctetKeyPair signing() {
    return keys.get(0);
  }

  /** Every key's public part, the signing key first: what the JWKS and DID document publish. */
  public JWKSet publicKeys() {
    return new JWKSet(keys.stream().map(k -> (JWK) k.toPublicJWK()).toList());
  }

  /**
   * Writes the private key set to {@code file} (readable by the owner only where the file system
   * allows), replacing it atomically.
   */
  public void write(Path file) {
    try {
      Path dir = file.toAbsolutePath().getParent();
      Files.createDirectories(dir);
      Path temp = Files.createTempFile(dir, ".keys", ".tmp");
      try {
        Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-------"));
      } catch (UnsupportedOperationException e) {
        // Not a POSIX file system: the folder's own permissions protect the file.
      }
      Files.writeString(
          temp, new JWKSet(List.copyOf(keys)).toString(false), StandardCharsets.UTF_8);
      try {
        Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw new IllegalStateException("Cannot write the issuer key set " + file + ": " + e, e);
    }
  }

  /** How many keys the set holds. */
  public int size() {
    return keys.size();
  }

  private static OctetKeyPair newKey() {
    return Ed25519Keys.generate();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof IssuerKeys other && keys.equals(other.keys);
  }

  @Override
  public int hashCode() {
    return Objects.hash(keys);
  }
}
