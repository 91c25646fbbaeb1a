package io.skillspassport.credentials.control;

import io.skillspassport.credentials.boundary.CredentialSummary;
import io.skillspassport.credentials.boundary.FamilyScoreLine;
import io.skillspassport.credentials.boundary.StatusReference;
import io.skillspassport.scoring.scale.ReportingScale;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The JSON documents of the portable passport, written and read in one place.
 *
 * <p><b>The passport credential</b> is an Open Badges 3.0 {@code OpenBadgeCredential} (OB 3.0's
 * AchievementCredential) in the W3C VC Data Model 2.0: contexts VC 2.0, OB 3.0 and the portal's
 * extension context; the issuer a {@code Profile} with the portal's did:web DID; the subject an
 * {@code AchievementSubject} named by an {@code IdentityObject} (the candidate's name, not hashed,
 * so an employer can match it to the person in front of them). OB 3.0 gives an AchievementSubject
 * exactly one {@code achievement}, so the passport is one Achievement, "Skills Passport", with one
 * {@code ResultDescription} per measured family ({@code resultType} ScaledScore, {@code valueMin}
 * "300", {@code valueMax} "850") and one {@code Result} per family pointing at it, whose {@code
 * value} is the reported score. The extension's terms sit on each Result: {@code familyCode},
 * {@code standardErrorOfMeasurement}, {@code scoreBand} ({@code confidence} 0.95, {@code lower},
 * {@code upper}), {@code measuredAt}, {@code resultExpires}, {@code provenance}, {@code
 * resultSource}, and {@code bankVersion} / {@code calibrationStatus} when the result records them.
 * {@code validUntil} is the earliest expiry among the results: past it the credential no longer
 * describes a current passport. {@code credentialStatus} is a {@code BitstringStatusListEntry} with
 * purpose revocation.
 *
 * <p><b>The status list credential</b> is a {@code BitstringStatusListCredential} whose subject is
 * a {@code BitstringStatusList} with the {@link StatusBitstring#encode encodedList}.
 *
 * <p>Numbers in OB 3.0's own fields are strings, as its schema says ({@code value}, {@code
 * valueMin}, {@code valueMax}); the extension's numbers are JSON numbers. Dates are XML Schema
 * dateTimeStamp in UTC, whole seconds.
 */
public final class CredentialDocument {

  /** The W3C VC Data Model 2.0 base context. */
  public static final String VC_CONTEXT = "https://www.w3.org/ns/credentials/v2";

  /** The Open Badges 3.0 context. */
  public static final String OB_CONTEXT =
      "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json";

  /** The result type of every family result. */
  public static final String SCALED_SCORE = "ScaledScore";

  /** The status purpose of every entry. */
  public static final String REVOCATION = "revocation";

  /** How long a verifier may cache a status list, in milliseconds (the list's {@code ttl}). */
  static final long STATUS_LIST_TTL_MILLIS = 300_000;

  private CredentialDocument() {}

  /**
   * What a passport credential states.
   *
   * @param credentialId the {@code urn:uuid:} id
   * @param subjectName the candidate's name
   * @param validFrom issue time
   * @param validUntil the earliest expiry among the results
   * @param families the measured families
   * @param statusList the status list number
   * @param statusIndex the bit's index in it
   */
  public record PassportClaims(
      String credentialId,
      String subjectName,
      Instant validFrom,
      Instant validUntil,
      List<FamilyScoreLine> families,
      int statusList,
      int statusIndex) {

    public PassportClaims {
      Objects.requireNonNull(credentialId, "credentialId");
      Objects.requireNonNull(subjectName, "subjectName");
      Objects.requireNonNull(validFrom, "validFrom");
      Objects.requireNonNull(validUntil, "validUntil");
      families = List.copyOf(families);
      if (families.isEmpty()) {
        throw new IllegalArgumentException("A passport credential needs at least one family");
      }
    }
  }

  /** The passport credential's JSON. */
  public static Map<String, Object> passport(IssuerIdentity issuer, PassportClaims claims) {
    Map<String, Object> vc = new LinkedHashMap<>();
    vc.put("@context", List.of(VC_CONTEXT, OB_CONTEXT, issuer.contextUrl()));
    vc.put("id", claims.credentialId());
    vc.put("type", List.of("VerifiableCredential", "OpenBadgeCredential"));
    vc.put("issuer", profile(issuer));
    vc.put("validFrom", date(claims.validFrom()));
    vc.put("validUntil", date(claims.validUntil()));
    vc.put("name", "Skills Passport of " + claims.subjectName());

    List<Object> descriptions = new ArrayList<>();
    List<Object> results = new ArrayList<>();
    for (FamilyScoreLine f : claims.families()) {
      String descriptionId = issuer.achievementId() + "#" + f.familyCode();
      descriptions.add(
          ordered(
              "id", descriptionId,
              "type", List.of("ResultDescription"),
              "name", f.familyName(),
              "resultType", SCALED_SCORE,
              "valueMin", String.valueOf(ScaleEnds.MIN),
              "valueMax", String.valueOf(ScaleEnds.MAX)));
      Map<String, Object> result = new LinkedHashMap<>();
      result.put("type", List.of("Result"));
      result.put("resultDescription", descriptionId);
      result.put("value", String.valueOf(f.score()));
      result.put("familyCode", f.familyCode());
      result.put("standardErrorOfMeasurement", round2(f.sem()));
      result.put(
          "scoreBand",
          ordered(
              "type",
              "ScoreBand",
              "confidence",
              new BigDecimal("0.95"),
              "lower",
              f.bandLow(),
              "upper",
              f.bandHigh()));
      result.put("measuredAt", date(f.measuredAt()));
      result.put("resultExpires", date(f.expiresAt()));
      result.put("provenance", f.provenance());
      result.put("resultSource", f.source());
      f.bankVersion().ifPresent(v -> result.put("bankVersion", v));
      f.calibrationStatus().ifPresent(v -> result.put("calibrationStatus", v));
      results.add(result);
    }
    Map<String, Object> achievement = new LinkedHashMap<>();
    achievement.put("id", issuer.achievementId());
    achievement.put("type", List.of("Achievement"));
    achievement.put("achievementType", "Assessment");
    achievement.put("name", "Skills Passport");
    ReportingScale scale = ReportingScale.standard();
    achievement.put(
        "description",
        "Calibrated scores per assessment family on the common "
            + scale.minimum()
            + "–"
            + scale.maximum()
            + " scale, each with its standard error of measurement and 95% band.");
    achievement.put(
        "criteria",
        Map.of(
            "narrative",
            String.format(
                java.util.Locale.ROOT,
                "Each family score is an IRT ability estimate θ reported as %s + %s·θ, rounded and"
                    + " clamped to %d–%d; SEM = %s·SE(θ); the 95%% band is the unrounded score ±"
                    + " %s·SEM, clipped to the scale. See %s/methodology.",
                plain(scale.center()),
                plain(scale.slope()),
                scale.minimum(),
                scale.maximum(),
                plain(scale.slope()),
                plain(scale.bandZ()),
                issuer.baseUrl())));
    achievement.put("resultDescription", descriptions);

    Map<String, Object> subject = new LinkedHashMap<>();
    subject.put("type", List.of("AchievementSubject"));
    subject.put(
        "identifier",
        List.of(
            ordered(
                "type",
                "IdentityObject",
                "identityHash",
                claims.subjectName(),
                "identityType",
                "name",
                "hashed",
                false)));
    subject.put("achievement", achievement);
    subject.put("result", results);
    vc.put("credentialSubject", subject);

    String listUrl = issuer.statusListUrl(claims.statusList());
    vc.put(
        "credentialStatus",
        ordered(
            "id",
            listUrl + "#" + claims.statusIndex(),
            "type",
            "BitstringStatusListEntry",
            "statusPurpose",
            REVOCATION,
            "statusListIndex",
            String.valueOf(claims.statusIndex()),
            "statusListCredential",
            listUrl));
    return vc;
  }

  /** The status list credential's JSON. */
  public static Map<String, Object> statusList(
      IssuerIdentity issuer, int list, StatusBitstring bits, Instant validFrom) {
    String url = issuer.statusListUrl(list);
    Map<String, Object> vc = new LinkedHashMap<>();
    vc.put("@context", List.of(VC_CONTEXT));
    vc.put("id", url);
    vc.put("type", List.of("VerifiableCredential", "BitstringStatusListCredential"));
    vc.put("issuer", issuer.did());
    vc.put("validFrom", date(validFrom));
    vc.put(
        "credentialSubject",
        ordered(
            "id",
            url + "#list",
            "type",
            "BitstringStatusList",
            "statusPurpose",
            REVOCATION,
            "encodedList",
            bits.encode(),
            "ttl",
            STATUS_LIST_TTL_MILLIS));
    return vc;
  }

  /**
   * The JSON-LD context of the score extension, served at {@link IssuerIdentity#contextUrl}. Its
   * terms are protected so no later context can redefine them.
   */
  public static Map<String, Object> extensionContext(IssuerIdentity issuer) {
    String vocab = issuer.vocabulary();
    String xsd = "http://www.w3.org/2001/XMLSchema#";
    Map<String, Object> terms = new LinkedHashMap<>();
    terms.put("@version", new BigDecimal("1.1"));
    terms.put("@protected", true);
    terms.put("ScoreBand", vocab + "ScoreBand");
    terms.put("familyCode", vocab + "familyCode");
    terms.put(
        "standardErrorOfMeasurement",
        ordered("@id", vocab + "standardErrorOfMeasurement", "@type", xsd + "decimal"));
    terms.put("scoreBand", ordered("@id", vocab + "scoreBand", "@type", "@id"));
    terms.put("confidence", ordered("@id", vocab + "confidence", "@type", xsd + "decimal"));
    terms.put("lower", ordered("@id", vocab + "lower", "@type", xsd + "integer"));
    terms.put("upper", ordered("@id", vocab + "upper", "@type", xsd + "integer"));
    terms.put("measuredAt", ordered("@id", vocab + "measuredAt", "@type", xsd + "dateTime"));
    terms.put("resultExpires", ordered("@id", vocab + "resultExpires", "@type", xsd + "dateTime"));
    terms.put("provenance", vocab + "provenance");
    terms.put("resultSource", vocab + "resultSource");
    terms.put("bankVersion", vocab + "bankVersion");
    terms.put("calibrationStatus", vocab + "calibrationStatus");
    return Map.of("@context", terms);
  }

  /**
   * Reads a passport credential's payload.
   *
   * @throws IllegalArgumentException naming the first missing or malformed field
   */
  public static CredentialSummary read(Map<String, Object> vc) {
    List<Object> contexts = list(vc, "@context");
    if (contexts.isEmpty() || !VC_CONTEXT.equals(contexts.get(0))) {
      throw new IllegalArgumentException("@context must start with " + VC_CONTEXT);
    }
    if (!contexts.contains(OB_CONTEXT)) {
      throw new IllegalArgumentException("@context must include " + OB_CONTEXT);
    }
    List<Object> types = list(vc, "type");
    if (!types.contains("VerifiableCredential")
        || !(types.contains("OpenBadgeCredential") || types.contains("AchievementCredential"))) {
      throw new IllegalArgumentException(
          "type must include VerifiableCredential and OpenBadgeCredential");
    }
    Object issuerValue = vc.get("issuer");
    String issuerId;
    String issuerName = "";
    if (issuerValue instanceof Map<?, ?> profile) {
      issuerId = text(cast(profile), "id");
      issuerName = Objects.toString(profile.get("name"), "");
    } else if (issuerValue instanceof String s) {
      issuerId = s;
    } else {
      throw new IllegalArgumentException("issuer is missing");
    }
    Map<String, Object> subject = map(vc, "credentialSubject");
    String subjectName = "";
    for (Object identifier : list(subject, "identifier")) {
      if (identifier instanceof Map<?, ?> id && "name".equals(id.get("identityType"))) {
        subjectName = Objects.toString(id.get("identityHash"), "");
      }
    }
    Map<String, Object> achievement = map(subject, "achievement");
    Map<String, Map<String, Object>> descriptions = new LinkedHashMap<>();
    for (Object d : list(achievement, "resultDescription")) {
      Map<String, Object> description = cast(d);
      descriptions.put(text(description, "id"), description);
    }
    List<FamilyScoreLine> families = new ArrayList<>();
    int i = 0;
    for (Object r : list(subject, "result")) {
      String at = "credentialSubject.result[" + i++ + "]";
      Map<String, Object> result = cast(r);
      Map<String, Object> description = descriptions.get(text(result, "resultDescription"));
      if (description == null) {
        throw new IllegalArgumentException(at + ".resultDescription names no ResultDescription");
      }
      if (!SCALED_SCORE.equals(description.get("resultType"))
          || !String.valueOf(ScaleEnds.MIN).equals(description.get("valueMin"))
          || !String.valueOf(ScaleEnds.MAX).equals(description.get("valueMax"))) {
        throw new IllegalArgumentException(
            at + " is not a ScaledScore between " + ScaleEnds.MIN + " and " + ScaleEnds.MAX);
      }
      int score = integer(text(result, "value"), at + ".value");
      Map<String, Object> band = map(result, "scoreBand");
      families.add(
          new FamilyScoreLine(
              text(result, "familyCode"),
              text(description, "name"),
              score,
              number(result, "standardErrorOfMeasurement").doubleValue(),
              number(band, "lower").intValue(),
              number(band, "upper").intValue(),
              instant(text(result, "measuredAt"), at + ".measuredAt"),
              instant(text(result, "resultExpires"), at + ".resultExpires"),
              text(result, "provenance"),
              Objects.toString(result.get("resultSource"), ""),
              Optional.ofNullable(result.get("bankVersion")).map(Object::toString),
              Optional.ofNullable(result.get("calibrationStatus")).map(Object::toString)));
    }
    if (families.isEmpty()) {
      throw new IllegalArgumentException("credentialSubject.result holds no family result");
    }
    Optional<StatusReference> status = Optional.empty();
    if (vc.get("credentialStatus") instanceof Map<?, ?> s) {
      Map<String, Object> entry = cast(s);
      status =
          Optional.of(
              new StatusReference(
                  text(entry, "statusListCredential"),
                  integer(text(entry, "statusListIndex"), "credentialStatus.statusListIndex"),
                  text(entry, "statusPurpose")));
    }
    return new CredentialSummary(
        text(vc, "id"),
        issuerId,
        issuerName,
        subjectName,
        instant(text(vc, "validFrom"), "validFrom"),
        vc.get("validUntil") == null
            ? Optional.empty()
            : Optional.of(instant(text(vc, "validUntil"), "validUntil")),
        families,
        status);
  }

  /** An instant as the documents write it: UTC, whole seconds. */
  public static String date(Instant instant) {
    return instant.truncatedTo(ChronoUnit.SECONDS).toString();
  }

  private static Map<String, Object> profile(IssuerIdentity issuer) {
    return ordered(
        "id", issuer.did(),
        "type", List.of("Profile"),
        "name", IssuerIdentity.NAME,
        "url", issuer.baseUrl());
  }

  private static String plain(double value) {
    return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }

  private static BigDecimal round2(double value) {
    return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP);
  }

  /** A map that keeps the order its pairs are given in. */
  static Map<String, Object> ordered(Object... pairs) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      map.put((String) pairs[i], pairs[i + 1]);
    }
    return map;
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> cast(Object value) {
    if (value instanceof Map<?, ?> map) {
      return (Map<String, Object>) map;
    }
    throw new IllegalArgumentException("expected a JSON object, found " + value);
  }

  static Map<String, Object> map(Map<String, Object> parent, String key) {
    Object value = parent.get(key);
    if (value instanceof Map<?, ?>) {
      return cast(value);
    }
    throw new IllegalArgumentException(key + " must be a JSON object");
  }

  static List<Object> list(Map<String, Object> parent, String key) {
    Object value = parent.get(key);
    if (value instanceof List<?> l) {
      return List.copyOf(l);
    }
    if (value == null) {
      return List.of();
    }
    return List.of(value);
  }

  static String text(Map<String, Object> parent, String key) {
    Object value = parent.get(key);
    if (value instanceof String s && !s.isBlank()) {
      return s;
    }
    throw new IllegalArgumentException(key + " must be a non-empty string");
  }

  private static Number number(Map<String, Object> parent, String key) {
    if (parent.get(key) instanceof Number n) {
      return n;
    }
    throw new IllegalArgumentException(key + " must be a number");
  }

  private static int integer(String text, String field) {
    try {
      return Integer.parseInt(text.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(field + " must be a whole number, was " + text, e);
    }
  }

  static Instant instant(String text, String field) {
    try {
      return Instant.parse(text);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(field + " must be a UTC date-time, was " + text, e);
    }
  }

  /** The ends of the reporting scale every ResultDescription states: the scoring module's. */
  static final class ScaleEnds {
    static final int MIN = ReportingScale.standard().minimum();
    static final int MAX = ReportingScale.standard().maximum();

    private ScaleEnds() {}
  }
}
