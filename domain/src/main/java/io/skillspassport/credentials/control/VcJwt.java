package io.skillspassport.credentials.control;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.jwk.OctetKeyPair;
import java.util.Map;

/**
 * Secures a credential as a VC-JWT (W3C "Securing Verifiable Credentials using JOSE and COSE"): the
 * compact JWS whose payload is the credential itself, with the header {@code alg} EdDSA, {@code
 * typ} {@code vc+jwt}, {@code cty} {@code vc} and {@code kid} the DID URL of the signing key's
 * verification method ({@code did:web:…#<thumbprint>}).
 */
public final class VcJwt {

  /** The media type the header's {@code typ} names. */
  public static final String TYPE = "vc+jwt";

  private VcJwt() {}

  /** Signs {@code credential} with the issuer's signing key. */
  public static String sign(Map<String, Object> credential, IssuerKeys keys, IssuerIdentity who) {
    OctetKeyPair key = keys.signing();
    JWSHeader header =
        new JWSHeader.Builder(JWSAlgorithm.EdDSA)
            .type(new JOSEObjectType(TYPE))
            .contentType("vc")
            .keyID(who.keyId(key.getKeyID()))
            .build();
    JWSObject jws = new JWSObject(header, new Payload(credential));
    try {
      jws.sign(Ed25519Keys.signer(key));
    } catch (JOSEException e) {
      throw new IllegalStateException("Cannot sign with Ed25519: " + e, e);
    }
    return jws.serialize();
  }
}
