package io.skillspassport.credentials.control;

import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.util.Base64URL;
import io.skillspassport.credentials.boundary.FamilyScoreLine;
import io.skillspassport.credentials.control.CredentialDocument.PassportClaims;
import java.text.ParseException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Signed sample credentials for tests. The two results are illustrative and consistent with the
 * band rule [floor(S − 1.96·SEM), ceil(S + 1.96·SEM)] for an unrounded S: 612 with SEM 26.25 gives
 * [560.55, 663.45] → 560–664; 560 with SEM 30 gives [501.2, 618.8] → 501–619.
 */
public final class CredentialFixtures {

  public static final Instant MEASURED = Instant.parse("2026-10-01T10:00:00Z");
  public static final Instant ISSUED = Instant.parse("2026-11-01T12:00:00Z");
  public static final Instant EXPIRES = Instant.parse("2028-10-01T10:00:00Z");

  public static final IssuerIdentity ISSUER = new IssuerIdentity("http://localhost:8080");

  private CredentialFixtures() {}

  public static List<FamilyScoreLine> families() {
    return List.of(
        new FamilyScoreLine(
            "PYTHON_FUNDAMENTALS",
            "Python Fundamentals",
            612,
            26.25,
            560,
            664,
            MEASURED,
            EXPIRES,
            "SAMPLE",
            "PYTHON_FUNDAMENTALS sample bank v1, attempt 1001",
            Optional.empty(),
            Optional.empty()),
        new FamilyScoreLine(
            "COMMUNICATION",
            "Communication",
            560,
            30.0,
            501,
            619,
            MEASURED,
            EXPIRES,
            "SAMPLE",
            "COMMUNICATION sample bank v1, attempt 1002",
            Optional.of("3"),
            Optional.of("PROVISIONAL")));
  }

  public static PassportClaims claims(int list, int index) {
    return new PassportClaims(
        "urn:uuid:8a1f2c3e-0000-4000-8000-000000000001",
        "Cara Candidate",
        ISSUED,
        EXPIRES,
        families(),
        list,
        index);
  }

  /** A credential signed with {@code keys}. */
  public static String signed(IssuerKeys keys, int list, int index) {
    return VcJwt.sign(CredentialDocument.passport(ISSUER, claims(list, index)), keys, ISSUER);
  }

  /** A status list with the given bits set, signed with {@code keys}. */
  public static String statusList(IssuerKeys keys, int list, int... setBits) {
    StatusBitstring bits = StatusBitstring.empty();
    for (int bit : setBits) {
      bits.set(bit);
    }
    return VcJwt.sign(CredentialDocument.statusList(ISSUER, list, bits, ISSUED), keys, ISSUER);
  }

  /**
   * The same JWS with its payload edited and the original signature kept: what a forger who cannot
   * sign produces.
   */
  public static String tampered(String token, Consumer<Map<String, Object>> edit) {
    try {
      JWSObject jws = JWSObject.parse(token);
      Map<String, Object> payload = jws.getPayload().toJSONObject();
      edit.accept(payload);
      String[] parts = token.split("\\.");
      return parts[0]
          + "."
          + Base64URL.encode(new Payload(payload).toBytes()).toString()
          + "."
          + parts[2];
    } catch (ParseException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The first family result of a credential payload. */
  @SuppressWarnings("unchecked")
  public static Map<String, Object> firstResult(Map<String, Object> payload) {
    Map<String, Object> subject = (Map<String, Object>) payload.get("credentialSubject");
    return (Map<String, Object>) ((List<Object>) subject.get("result")).get(0);
  }
}
