package io.skillspassport.sharing.boundary;

import io.skillspassport.audit.boundary.AuditAction;
import io.skillspassport.audit.boundary.AuditTrail;
import io.skillspassport.passports.boundary.CurrentResults;
import io.skillspassport.platform.boundary.AccessDenied;
import io.skillspassport.platform.boundary.Caller;
import io.skillspassport.platform.boundary.Guard;
import io.skillspassport.sharing.control.ShareStore;
import io.skillspassport.sharing.entity.PassportViewing;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Passports as an employer sees them: only those of candidates who share with the employer's own
 * organisation right now. A revoked or expired share grants nothing from the moment it ends; every
 * look is logged for the candidate's "viewed by" list and in the audit log.
 */
@ApplicationScoped
@Transactional
public class SharedPassports {

  @Inject Clock clock;

  @Inject Caller caller;

  @Inject Guard guard;

  @Inject AuditTrail log;

  @Inject ShareStore shares;

  @Inject CurrentResults results;

  /** The usernames of the candidates sharing with the caller's organisation now, by name. */
  public List<String> sharedCandidates() {
    String organisation = organisation("the shared candidates");
    return shares.candidatesSharingWith(organisation, Instant.now(clock));
  }

  /**
   * The display names of the candidates sharing with the caller's organisation now, by user name:
   * the name each gave when they last shared (their user name for shares from before names were
   * recorded). Nothing is recorded as viewed: the employer pages that show the names log what they
   * show.
   */
  public Map<String, String> candidateNames() {
    String organisation = organisation("the names of the shared candidates");
    return shares.namesSharingWith(organisation, Instant.now(clock));
  }

  /**
   * Whether a candidate shares with the caller's organisation now; nothing is recorded as viewed.
   * Other components ask this before they record anything about the candidate.
   *
   * @param candidate the candidate's username
   * @return true while an unrevoked, unexpired share exists
   */
  public boolean isSharedWithCaller(String candidate) {
    String organisation = organisation("the sharing status of " + candidate);
    return candidate != null && shares.isShared(candidate, organisation, Instant.now(clock));
  }

  /**
   * Whether a candidate once shared with the caller's organisation and no longer does (revoked, or
   * the share ended): the employer pages say so instead of refusing as if the candidate were a
   * stranger. Nothing is recorded as viewed.
   *
   * @param candidate the candidate's username
   * @return true when a past share with the caller's organisation exists and none is active now
   */
  public boolean stoppedSharingWithCaller(String candidate) {
    String organisation = organisation("the sharing status of " + candidate);
    if (candidate == null) {
      return false;
    }
    Instant now = Instant.now(clock);
    return !shares.isShared(candidate, organisation, now)
        && shares.ofCandidate(candidate).stream()
            .anyMatch(s -> s.organisation().equals(organisation));
  }

  /**
   * A candidate's current results, if they share with the caller's organisation now; records the
   * viewing for the candidate and the audit log.
   *
   * @param candidate the candidate's username
   * @param context what the employer is doing, e.g. "comparison of Data team v2"
   * @throws AccessDenied (recorded) if the candidate does not share with the caller's organisation
   */
  public SharedPassport passportOf(String candidate, String context) {
    String organisation = organisation("the passport of " + candidate);
    Instant now = Instant.now(clock);
    if (candidate == null || !shares.isShared(candidate, organisation, now)) {
      throw guard.refuse(
          "passport of " + candidate, "not shared with " + organisation + " at " + now);
    }
    String what = context == null || context.isBlank() ? "passport" : context.strip();
    shares.addViewing(new PassportViewing(candidate, organisation, caller.username(), now, what));
    log.record(AuditAction.PASSPORT_VIEWED, "passport of " + candidate, organisation + ": " + what);
    return new SharedPassport(candidate, now, results.of(candidate, now));
  }

  private String organisation(String what) {
    guard.requireRole(Caller.EMPLOYER, what);
    return caller
        .organisation()
        .filter(o -> !o.isBlank())
        .orElseThrow(() -> guard.refuse(what, "the employer belongs to no organisation"));
  }
}
