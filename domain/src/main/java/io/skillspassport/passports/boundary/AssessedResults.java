package io.skillspassport.passports.boundary;

import io.skillspassport.assessments.boundary.AssessedScore;
import io.skillspassport.assessments.boundary.RecordedResult;
import io.skillspassport.assessments.boundary.ResultsOfAttempts;
import io.skillspassport.passports.control.ResultStore;
import io.skillspassport.passports.entity.FamilyResult;
import io.skillspassport.platform.boundary.AccessDenied;
import io.skillspassport.platform.boundary.Caller;
import io.skillspassport.scoring.scale.ReportingScale;
import io.skillspassport.scoring.scale.ScaledScore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The passport's side of {@link ResultsOfAttempts}: the assessments component hands over an {@link
 * AssessedScore} and gets back the {@link RecordedResult}, and reads it again by id. The passport
 * alone builds its result (the scale, the expiry, the provenance {@link Provenance#SAMPLE SAMPLE});
 * the assessments component never touches the passport's entity or store. Both use cases join the
 * caller's transaction (the attempt and its result commit together) and hold for the signed-in
 * candidate's own passport only.
 */
@ApplicationScoped
@Transactional
public class AssessedResults implements ResultsOfAttempts {

  @Inject ResultStore results;

  @Inject Caller caller;

  @Inject Clock clock;

  /**
   * {@code PASSPORT_VALIDITY_MONTHS}, as the passport reads it; the default outside a container.
   */
  @Inject
  @ConfigProperty(
      name = Passports.VALIDITY_MONTHS,
      defaultValue = Passports.DEFAULT_VALIDITY_MONTHS)
  long validityMonths = Long.parseLong(Passports.DEFAULT_VALIDITY_MONTHS);

  protected AssessedResults() {}

  /** For use outside a container, such as boundary tests in Java SE. */
  public AssessedResults(ResultStore results, Caller caller, Clock clock) {
    this.results = Objects.requireNonNull(results, "results");
    this.caller = Objects.requireNonNull(caller, "caller");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * Adds the score to the candidate's passport: θ on the {@link ReportingScale#standard() standard
   * reporting scale}, provenance SAMPLE (self-service, unproctored), valid for {@value
   * Passports#VALIDITY_MONTHS} months (default 24) from when it was measured. The insert is flushed
   * so that the attempt can point at the result by id in the same transaction.
   *
   * @throws AccessDenied if the score is for someone other than the caller
   */
  @Override
  public RecordedResult record(AssessedScore score) {
    ownPassport(score.candidate());
    ScaledScore scaled = ReportingScale.standard().scale(score.estimate());
    FamilyResult result =
        results.add(
            new FamilyResult(
                    score.candidate(),
                    score.familyCode(),
                    score.estimate().requireTheta(),
                    score.estimate().requireStandardError(),
                    scaled.reported(),
                    scaled.sem(),
                    scaled.bandLower(),
                    scaled.bandUpper(),
                    Provenance.SAMPLE,
                    score.measuredAt(),
                    score
                        .measuredAt()
                        .atOffset(ZoneOffset.UTC)
                        .plusMonths(validityMonths)
                        .toInstant(),
                    score.source())
                .measuredBy(score.measurement())
                .writtenAt(Instant.now(clock)));
    results.flush();
    return recorded(result);
  }

  /** The caller's own result {@code id}, if it exists (withdrawn ones included). */
  @Override
  public Optional<RecordedResult> byId(long id) {
    return results
        .byId(id)
        .filter(r -> r.candidate().equals(caller.username()))
        .map(AssessedResults::recorded);
  }

  private void ownPassport(String candidate) {
    if (!candidate.equals(caller.username())) {
      throw new AccessDenied(
          caller.username() + " may not add a result to the passport of " + candidate);
    }
  }

  private static RecordedResult recorded(FamilyResult r) {
    return new RecordedResult(
        r.id(),
        r.candidate(),
        r.familyCode(),
        r.theta(),
        r.thetaSe(),
        r.scaledScore(),
        r.sem(),
        r.bandLow(),
        r.bandHigh(),
        r.measuredAt(),
        r.expiresAt(),
        r.measurement());
  }
}
