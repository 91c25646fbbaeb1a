package io.skillspassport.credentials.control;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.jca.JCAContext;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.OctetKeyPair;
import com.nimbusds.jose.util.Base64URL;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Set;

/**
 * Ed25519 (RFC 8032) for JOSE with the JDK's own EdDSA provider (SunEC, Java 15 and later), behind
 * Nimbus's {@link JWSSigner} / {@link JWSVerifier} interfaces.
 *
 * <p>Why not Nimbus's {@code Ed25519Signer}: it delegates to Google Tink, and inside the portal the
 * Nimbus classes are Payara's own copy (its runtime exports nimbus-jose-jwt 10.5 for the OpenID
 * Connect mechanism), loaded by a class loader that cannot see a Tink jar in the application.
 * Making the application's copy win ({@code delegate="false"}) breaks the OIDC sign-in with a
 * loader constraint violation. The JDK's implementation has neither problem, and the keys stay
 * plain Ed25519 JWKs (kty OKP, crv Ed25519) that any JOSE library reads. The unit tests cross-check
 * the signatures with Nimbus's Tink-backed verifier, Node's crypto and openssl.
 *
 * <p>Key encodings: an Ed25519 public key's X.509 SubjectPublicKeyInfo is a fixed 12-byte prefix
 * followed by the 32-byte key (RFC 8410 §4); a private key's PKCS #8 form is a fixed 16-byte prefix
 * followed by the 32-byte seed. The JWK's {@code x} and {@code d} are those 32 bytes.
 */
public final class Ed25519Keys {

  private static final byte[] SPKI_PREFIX = HexFormat.of().parseHex("302a300506032b6570032100");
  private static final byte[] PKCS8_PREFIX =
      HexFormat.of().parseHex("302e020100300506032b657004220420");

  private Ed25519Keys() {}

  /** A new key pair as a JWK with {@code use} sig, {@code alg} EdDSA and its thumbprint as kid. */
  public static OctetKeyPair generate() {
    try {
      KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
      byte[] x = tail(pair.getPublic().getEncoded(), SPKI_PREFIX.length);
      byte[] d = tail(pair.getPrivate().getEncoded(), PKCS8_PREFIX.length);
      return new OctetKeyPair.Builder(Curve.Ed25519, Base64URL.encode(x))
          .d(Base64URL.encode(d))
          .keyUse(KeyUse.SIGNATURE)
          .algorithm(JWSAlgorithm.EdDSA)
          .keyIDFromThumbprint()
          .build();
    } catch (GeneralSecurityException | JOSEException e) {
      throw new IllegalStateException("Cannot generate an Ed25519 key: " + e, e);
    }
  }

  /** Signs with the private part of {@code key}. */
  public static JWSSigner signer(OctetKeyPair key) {
    if (!key.isPrivate()) {
      throw new IllegalArgumentException("Signing needs the private key (d)");
    }
    PrivateKey privateKey = privateKey(key);
    return new JWSSigner() {
      @Override
      public Base64URL sign(JWSHeader header, byte[] signingInput) throws JOSEException {
        try {
          Signature ed25519 = Signature.getInstance("Ed25519");
          ed25519.initSign(privateKey);
          ed25519.update(signingInput);
          return Base64URL.encode(ed25519.sign());
        } catch (GeneralSecurityException e) {
          throw new JOSEException("Ed25519 signing failed: " + e.getMessage(), e);
        }
      }

      @Override
      public Set<JWSAlgorithm> supportedJWSAlgorithms() {
        return Set.of(JWSAlgorithm.EdDSA);
      }

      @Override
      public JCAContext getJCAContext() {
        return new JCAContext();
      }
    };
  }

  /** Verifies with the public part of {@code key}. */
  public static JWSVerifier verifier(OctetKeyPair key) {
    PublicKey publicKey = publicKey(key);
    return new JWSVerifier() {
      @Override
      public boolean verify(JWSHeader header, byte[] signedContent, Base64URL signature) {
        try {
          Signature ed25519 = Signature.getInstance("Ed25519");
          ed25519.initVerify(publicKey);
          ed25519.update(signedContent);
          return ed25519.verify(signature.decode());
        } catch (GeneralSecurityException e) {
          return false;
        }
      }

      @Override
      public Set<JWSAlgorithm> supportedJWSAlgorithms() {
        return Set.of(JWSAlgorithm.EdDSA);
      }

      @Override
      public JCAContext getJCAContext() {
        return new JCAContext();
      }
    };
  }

  private static PublicKey publicKey(OctetKeyPair key) {
    requireEd25519(key);
    try {
      return KeyFactory.getInstance("Ed25519")
          .generatePublic(new X509EncodedKeySpec(concat(SPKI_PREFIX, key.getX().decode())));
    } catch (GeneralSecurityException e) {
      throw new IllegalArgumentException("Not a usable Ed25519 public key: " + e.getMessage(), e);
    }
  }

  private static PrivateKey privateKey(OctetKeyPair key) {
    requireEd25519(key);
    try {
      return KeyFactory.getInstance("Ed25519")
          .generatePrivate(new PKCS8EncodedKeySpec(concat(PKCS8_PREFIX, key.getD().decode())));
    } catch (GeneralSecurityException e) {
      throw new IllegalArgumentException("Not a usable Ed25519 private key: " + e.getMessage(), e);
    }
  }

  private static void requireEd25519(OctetKeyPair key) {
    if (!Curve.Ed25519.equals(key.getCurve()) || key.getX().decode().length != 32) {
      throw new IllegalArgumentException("Not an Ed25519 key: " + key.getKeyID());
    }
  }

  private static byte[] tail(byte[] encoded, int prefix) {
    return Arrays.copyOfRange(encoded, prefix, encoded.length);
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] all = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }
}
