package io.skillspassport.web.candidate;

import io.skillspassport.organisations.control.OrganisationStore;
import io.skillspassport.organisations.entity.EmployerOrganisation;
import io.skillspassport.passports.boundary.Provenance;
import io.skillspassport.passports.control.ResultStore;
import io.skillspassport.passports.entity.FamilyResult;
import io.skillspassport.scoring.scale.ReportingScale;
import io.skillspassport.scoring.scale.ScaledScore;
import io.skillspassport.sharing.control.ShareStore;
import io.skillspassport.sharing.entity.PassportShare;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;

/**
 * Writes what the passport tests start from straight through the stores, in a transaction of its
 * own: organisations, results scored on the standard reporting scale, and back-dated shares that a
 * boundary would refuse to create.
 */
@ApplicationScoped
@Transactional
public class PassportFixtures {

  @Inject OrganisationStore organisations;

  @Inject ResultStore results;

  @Inject ShareStore shares;

  public void organisation(String slug, String name) {
    if (organisations.bySlug(slug).isEmpty()) {
      organisations.add(new EmployerOrganisation(slug, name, "Test organisation " + name));
    }
  }

  /**
   * A current result with a given reported score and SEM, measured an hour ago (a fixture's
   * numbers, stored as they are; θ and the band are derived only so that the row is complete).
   */
  public FamilyResult scored(String candidate, String family, int score, double sem) {
    Instant measured = Instant.now().minus(Duration.ofHours(1));
    int halfBand = (int) Math.ceil(1.96 * sem);
    return results.add(
        new FamilyResult(
                candidate,
                family,
                (score - 575) / 75.0,
                sem / 75,
                score,
                sem,
                Math.max(300, score - halfBand),
                Math.min(850, score + halfBand),
                Provenance.IMPORTED,
                measured,
                measured.plus(Duration.ofDays(730)),
                "test fixture")
            .writtenAt(Instant.now()));
  }

  /** A current result at θ with standard error {@code se}, measured an hour ago. */
  public FamilyResult result(String candidate, String family, double theta, double se) {
    Instant measured = Instant.now().minus(Duration.ofHours(1));
    return result(candidate, family, theta, se, measured, measured.plus(Duration.ofDays(730)));
  }

  public FamilyResult result(
      String candidate,
      String family,
      double theta,
      double se,
      Instant measuredAt,
      Instant expiresAt) {
    ScaledScore s = ReportingScale.standard().scale(theta, se);
    return results.add(
        new FamilyResult(
                candidate,
                family,
                theta,
                se,
                s.reported(),
                s.sem(),
                s.bandLower(),
                s.bandUpper(),
                Provenance.IMPORTED,
                measuredAt,
                expiresAt,
                "test fixture")
            .writtenAt(Instant.now()));
  }

  /** A share given three days ago that expired yesterday. */
  public long expiredShare(String candidate, String organisation) {
    Instant now = Instant.now();
    return shares
        .add(
            new PassportShare(
                candidate,
                organisation,
                now.minus(Duration.ofDays(3)),
                now.minus(Duration.ofDays(1))))
        .id();
  }
}
