package io.skillspassport.credentials.boundary;

import com.nimbusds.jose.JWSObject;
import io.skillspassport.credentials.boundary.VerificationReport.FieldChange;
import io.skillspassport.credentials.boundary.VerificationReport.Outcome;
import io.skillspassport.credentials.control.IssuedCredentialStore;
import io.skillspassport.credentials.control.IssuerIdentity;
import io.skillspassport.credentials.control.IssuerKeyRing;
import io.skillspassport.credentials.entity.IssuedCredential;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.text.ParseException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Verification for anyone, without sign-in: the public page's use cases. It runs the same {@link
 * CredentialVerifier} as the offline tool, trusting this portal's issuer DID and its published
 * keys, and reads this portal's status lists directly rather than over HTTP.
 *
 * <p>What the page adds over the offline tool: when a signature fails but the credential's id is
 * one this portal issued, it compares the presented payload with the signed one and names the
 * fields that were changed. It reveals nothing the presented credential did not already carry.
 */
@ApplicationScoped
@Transactional
public class Verifications {

  /** The longest credential the page accepts, in characters. */
  public static final int MAX_LENGTH = 60_000;

  @Inject IssuerDocuments documents;

  @Inject IssuerKeyRing keyRing;

  @Inject IssuedCredentialStore credentials;

  @Inject Clock clock;

  /** Verifies a pasted or uploaded credential. */
  public VerificationReport verify(String token) {
    if (token != null && token.length() > MAX_LENGTH) {
      return CredentialVerifier.malformed("longer than " + MAX_LENGTH + " characters");
    }
    IssuerIdentity issuer = documents.issuer();
    CredentialVerifier verifier =
        CredentialVerifier.of(
            keyRing.keys().publicKeys(),
            Optional.of(issuer.did()),
            url -> localList(issuer, url),
            clock);
    VerificationReport report = verifier.verify(token);
    if (report.outcome() == Outcome.INVALID && report.credential().isEmpty()) {
      return report.withChangedFields(changes(token));
    }
    return report;
  }

  /** The credential a verification link's short code stands for. */
  public Optional<String> byShortCode(String code) {
    if (code == null || !code.matches("[a-z0-9]{1,20}")) {
      return Optional.empty();
    }
    return credentials.byShortCode(code).map(IssuedCredential::token);
  }

  private Optional<String> localList(IssuerIdentity issuer, String url) {
    String prefix = issuer.statusListUrl(0);
    prefix = prefix.substring(0, prefix.length() - 1);
    if (!url.startsWith(prefix)) {
      return Optional.empty();
    }
    try {
      return documents.statusList(Integer.parseInt(url.substring(prefix.length())));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  private List<FieldChange> changes(String token) {
    Map<String, Object> presented;
    try {
      presented = JWSObject.parse(token.strip()).getPayload().toJSONObject();
    } catch (ParseException | RuntimeException e) {
      return List.of();
    }
    if (presented == null || !(presented.get("id") instanceof String id)) {
      return List.of();
    }
    Optional<IssuedCredential> issued = credentials.byCredentialId(id);
    if (issued.isEmpty()) {
      return List.of();
    }
    Map<String, Object> signed;
    try {
      signed = JWSObject.parse(issued.get().token()).getPayload().toJSONObject();
    } catch (ParseException e) {
      return List.of();
    }
    Map<String, String> before = JsonPaths.flatten(signed);
    Map<String, String> after = JsonPaths.flatten(presented);
    List<FieldChange> changes = new ArrayList<>();
    for (String path : new TreeSet<>(union(before.keySet(), after.keySet()))) {
      String a = before.getOrDefault(path, "");
      String b = after.getOrDefault(path, "");
      if (!a.equals(b)) {
        changes.add(new FieldChange(path, a, b));
      }
    }
    return changes;
  }

  private static List<String> union(Collection<String> a, Collection<String> b) {
    List<String> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }
}
