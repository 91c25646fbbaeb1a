package io.skillspassport.credentials.boundary;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.util.JSONObjectUtils;
import io.skillspassport.credentials.control.CredentialDocument;
import io.skillspassport.credentials.control.IssuedCredentialStore;
import io.skillspassport.credentials.control.IssuerIdentity;
import io.skillspassport.credentials.control.IssuerKeyRing;
import io.skillspassport.credentials.control.IssuerKeys;
import io.skillspassport.credentials.control.StatusBitstring;
import io.skillspassport.credentials.control.VcJwt;
import io.skillspassport.platform.boundary.PublicAddress;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The issuer's public documents, for anyone and without sign-in: the key set (JWKS), the did:web
 * DID document, the JSON-LD context of the score extension and the signed status lists. Nothing
 * here reveals who holds a credential: a status list is a run of anonymous bits.
 */
@ApplicationScoped
@Transactional
public class IssuerDocuments {

  @Inject Clock clock;

  @Inject IssuerKeyRing keyRing;

  @Inject IssuedCredentialStore credentials;

  @Inject PublicAddress address;

  /** The issuer's identity as configured. */
  public IssuerIdentity issuer() {
    return IssuerIdentity.at(address);
  }

  /** The public keys as a JWK Set, the signing key first. */
  public String jwks() {
    return keyRing.keys().publicKeys().toString();
  }

  /**
   * The did:web DID document: one {@code JsonWebKey} verification method per key (id {@code
   * did#kid}), every one an assertion method, so a credential signed before a rotation still finds
   * its key.
   */
  public String didDocument() {
    String did = issuer().did();
    List<Object> methods = new ArrayList<>();
    List<Object> assertion = new ArrayList<>();
    for (JWK key : keyRing.keys().publicKeys().getKeys()) {
      Map<String, Object> method = new LinkedHashMap<>();
      method.put("id", issuer().keyId(key.getKeyID()));
      method.put("type", "JsonWebKey");
      method.put("controller", did);
      method.put("publicKeyJwk", key.toPublicJWK().toJSONObject());
      methods.add(method);
      assertion.add(issuer().keyId(key.getKeyID()));
    }
    Map<String, Object> document = new LinkedHashMap<>();
    document.put(
        "@context",
        List.of("https://www.w3.org/ns/did/v1", "https://www.w3.org/ns/security/jwk/v1"));
    document.put("id", did);
    document.put("verificationMethod", methods);
    document.put("assertionMethod", assertion);
    return JSONObjectUtils.toJSONString(document);
  }

  /** The JSON-LD context of the score extension. */
  public String context() {
    return JSONObjectUtils.toJSONString(CredentialDocument.extensionContext(issuer()));
  }

  /**
   * Status list {@code list} as a signed VC-JWT, built now: a bit is set for every credential on
   * the list that was revoked or is past its {@code validUntil}. Empty for a list no credential was
   * ever issued on.
   */
  public Optional<String> statusList(int list) {
    if (list < 0 || !credentials.listExists(list)) {
      return Optional.empty();
    }
    Instant now = Instant.now(clock);
    StatusBitstring bits = StatusBitstring.empty();
    credentials.retiredIndices(list, now).forEach(bits::set);
    IssuerKeys keys = keyRing.keys();
    return Optional.of(
        VcJwt.sign(CredentialDocument.statusList(issuer(), list, bits, now), keys, issuer()));
  }
}
