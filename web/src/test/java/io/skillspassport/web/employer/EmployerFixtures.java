package io.skillspassport.web.employer;

import io.skillspassport.audit.boundary.AuditAction;
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
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Sets up what an employer test needs through the real stores, each call in its own transaction:
 * organisations, shares, passport results; and reads back viewings and audit entries.
 */
@ApplicationScoped
@Transactional
public class EmployerFixtures {

  @Inject OrganisationStore organisations;

  @Inject ShareStore shares;

  @Inject ResultStore results;

  @PersistenceContext(unitName = "passport")
  EntityManager em;

  public void organisation(String slug) {
    organisations.add(new EmployerOrganisation(slug, "Organisation " + slug, ""));
  }

  /** Shares {@code candidate}'s passport with {@code organisation}; returns the share's id. */
  public long share(String candidate, String organisation) {
    return shares
        .add(new PassportShare(candidate, organisation, Instant.now().minusSeconds(60), null))
        .id();
  }

  public void revoke(long shareId) {
    shares.byId(shareId).orElseThrow().revoke(Instant.now());
  }

  /**
   * A current result with a given reported score and SEM (a fixture's numbers, stored as they are;
   * θ and the band are derived only so that the row is complete).
   */
  public void scored(String candidate, String family, int score, double sem) {
    Instant measured = Instant.now().minus(Duration.ofDays(3));
    int halfBand = (int) Math.ceil(1.96 * sem);
    results.add(
        new FamilyResult(
                candidate,
                family,
                (score - 575) / 75.0,
                sem / 75,
                score,
                sem,
                Math.max(300, score - halfBand),
                Math.min(850, score + halfBand),
                Provenance.PROCTORED,
                measured,
                measured.plus(Duration.ofDays(700)),
                "employer IT")
            .writtenAt(Instant.now()));
  }

  /** A current result at θ with standard error {@code se}, scored on the standard scale. */
  public int result(String candidate, String family, double theta, double se) {
    ScaledScore s = ReportingScale.standard().scale(theta, se);
    Instant measured = Instant.now().minus(Duration.ofDays(3));
    results.add(
        new FamilyResult(
                candidate,
                family,
                theta,
                se,
                s.reported(),
                s.sem(),
                s.bandLower(),
                s.bandUpper(),
                Provenance.PROCTORED,
                measured,
                measured.plus(Duration.ofDays(700)),
                "employer IT")
            .writtenAt(Instant.now()));
    return s.reported();
  }

  /** The contexts of the viewings logged for {@code candidate}, newest first. */
  public List<String> viewingContexts(String candidate) {
    return shares.viewingsOf(candidate, 100).stream().map(v -> v.context()).toList();
  }

  /** How many entries of {@code action} name {@code actor}. */
  public long auditEntries(String actor, AuditAction action) {
    return em.createQuery(
            "select count(e) from AuditEvent e where e.actor = :actor and e.action = :action",
            Long.class)
        .setParameter("actor", actor)
        .setParameter("action", action)
        .getSingleResult();
  }
}
