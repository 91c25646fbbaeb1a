package io.skillspassport.bundles.boundary;

import io.skillspassport.assessments.boundary.AssessmentFamilies;
import io.skillspassport.audit.boundary.AuditAction;
import io.skillspassport.audit.boundary.AuditTrail;
import io.skillspassport.bundles.control.BundleAccess;
import io.skillspassport.bundles.control.BundleStore;
import io.skillspassport.bundles.control.InvitationStore;
import io.skillspassport.bundles.control.InvitationTokens;
import io.skillspassport.bundles.control.SharedScores;
import io.skillspassport.bundles.entity.Bundle;
import io.skillspassport.bundles.entity.BundleFamily;
import io.skillspassport.bundles.entity.BundleInvitation;
import io.skillspassport.organisations.boundary.ShareableOrganisations;
import io.skillspassport.passports.boundary.FamilyStanding;
import io.skillspassport.passports.boundary.Passports;
import io.skillspassport.platform.boundary.Caller;
import io.skillspassport.platform.boundary.Conflict;
import io.skillspassport.platform.boundary.Guard;
import io.skillspassport.platform.boundary.NotFound;
import io.skillspassport.scoring.ranking.CandidateScores;
import io.skillspassport.sharing.boundary.OrganisationOption;
import io.skillspassport.sharing.boundary.Sharing;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Employer invitations: an employer invites one person (named by an email address or a label) to
 * share their passport with the organisation for a bundle, and hands them a single-use link; the
 * person opens it, signs in or registers, sees which of the bundle's families they have measured
 * and which are missing, and shares their passport with the organisation in one explicit step.
 *
 * <p>Why in {@code bundles}: an invitation belongs to a bundle, its ownership is the bundle's
 * ({@link BundleAccess}), the families it asks for are the bundle's newest version, and "complete"
 * is the comparison's own question — does the person who shares have a current result in every
 * included family — answered by the comparison's snapshot ({@link SharedScores}).
 *
 * <p>The link carries a 256-bit random token; only its SHA-256 is stored ({@link
 * InvitationTokens}). Accepting consumes the invitation by one conditional update that the database
 * serialises ({@link InvitationStore#consume}): of two accepts at once exactly one wins, the other
 * is refused with a {@link Conflict} that says why. The share is given through the {@link Sharing}
 * boundary in the same transaction, so a refused share leaves the invitation open. The portal sends
 * no email: the employer passes the link on. The link is a bearer secret — whoever accepts it is
 * recorded (and shown to the employer) by their display name.
 *
 * <p>Employers see and revoke only their own organisation's invitations; a refusal is audited and
 * thrown as {@link io.skillspassport.platform.boundary.AccessDenied}. Creation, acceptance and
 * revocation are in the audit log.
 */
@ApplicationScoped
@Transactional
public class Invitations {

  @Inject Clock clock;

  /** Days a link works unless the employer chooses otherwise. */
  public static final int DEFAULT_VALID_DAYS = 14;

  /** The longest validity an employer may choose. */
  public static final int MAX_VALID_DAYS = 90;

  /** The page that opens an invitation; the token follows as {@code ?token=}. */
  public static final String PAGE = "/invitation";

  @Inject BundleAccess access;

  @Inject BundleStore bundles;

  @Inject InvitationStore invitations;

  @Inject SharedScores scores;

  @Inject AssessmentFamilies families;

  @Inject ShareableOrganisations organisations;

  @Inject Caller caller;

  @Inject AuditTrail audit;

  @Inject Guard guard;

  @Inject Sharing sharing;

  @Inject Passports passports;

  /**
   * Invites a person to share their passport for a bundle of the caller's organisation.
   *
   * @param invitee an email address or a label the employer recognises, 1–200 characters
   * @param validDays days the link works, 1 to {@value #MAX_VALID_DAYS}
   * @return the invitation with its token (shown once: only its hash is stored)
   * @throws IllegalArgumentException for a blank or too long invitee, a validity out of range, or
   *     an archived bundle
   */
  public NewInvitation create(long bundleId, String invitee, int validDays) {
    Bundle bundle = access.owned(bundleId);
    if (bundle.archived()) {
      throw new IllegalArgumentException(
          "Bundle '" + bundle.name() + "' is archived; invite people to an active bundle.");
    }
    if (validDays < 1 || validDays > MAX_VALID_DAYS) {
      throw new IllegalArgumentException(
          "An invitation works for 1 to " + MAX_VALID_DAYS + " days, not " + validDays + ".");
    }
    String token = InvitationTokens.newToken();
    Instant now = Instant.now(clock);
    BundleInvitation invitation =
        invitations.add(
            new BundleInvitation(
                bundle.organisation(),
                bundle.id(),
                invitee == null ? "" : invitee,
                InvitationTokens.hashOf(token).orElseThrow(),
                now,
                access.username(),
                access.displayName(),
                now.plus(Duration.ofDays(validDays))));
    audit.record(
        AuditAction.INVITATION_CREATED,
        "invitation " + invitation.id(),
        "to bundle " + bundle.id() + " (" + bundle.name() + ") for " + invitation.invitee());
    return new NewInvitation(
        entry(invitation, now, Optional.empty(), List.of()), token, PAGE + "?token=" + token);
  }

  /** The invitations of a bundle of the caller's organisation, newest first. */
  public List<InvitationEntry> ofBundle(long bundleId) {
    Bundle bundle = access.owned(bundleId);
    Instant now = Instant.now(clock);
    List<BundleInvitation> all = invitations.ofBundle(bundle.id());
    Optional<SharedScores.Shared> shared =
        all.stream().anyMatch(i -> i.acceptedBy().isPresent())
            ? Optional.of(scores.of(bundle.organisation(), familyCodes(), now))
            : Optional.empty();
    List<String> required = requiredFamilies(bundle);
    return all.stream().map(i -> entry(i, now, shared, required)).toList();
  }

  /**
   * Revokes an open invitation of the caller's organisation; an accepted or already revoked one is
   * returned as it is (the share an accepted invitation gave is the candidate's to revoke).
   *
   * @throws NotFound for an unknown id
   * @throws io.skillspassport.platform.boundary.AccessDenied (audited) for another organisation's
   */
  public InvitationEntry revoke(long invitationId) {
    String what = "invitation " + invitationId;
    String organisation = access.employerOrganisation(what);
    BundleInvitation invitation =
        invitations
            .byId(invitationId)
            .orElseThrow(() -> new NotFound("No invitation " + invitationId));
    if (!invitation.organisation().equals(organisation)) {
      throw access.deny(what, "not an invitation of organisation " + organisation);
    }
    Instant now = Instant.now(clock);
    if (invitation.isOpenAt(now) && invitation.revoke(now, access.username())) {
      invitations.flush();
      audit.record(
          AuditAction.INVITATION_REVOKED,
          what,
          "to bundle " + invitation.bundleId() + " for " + invitation.invitee());
    }
    return entry(invitation, now, Optional.empty(), List.of());
  }

  /**
   * What the link with {@code token} leads to, for anyone who opens it: the organisation, the
   * bundle, the families it needs and, for a signed-in candidate, which of them their passport has.
   *
   * @throws NotFound for a token no invitation has (or one not shaped like a token)
   */
  public InvitationLookup open(String token) {
    BundleInvitation invitation = byToken(token);
    return lookup(invitation, Instant.now(clock));
  }

  /**
   * Accepts the invitation: consumes it for the calling candidate and shares their passport with
   * the organisation (until they revoke it), in one transaction.
   *
   * @throws NotFound for an unknown token
   * @throws Conflict when the invitation was used (also by a simultaneous accept), revoked or has
   *     expired; its sentence says which
   * @throws io.skillspassport.platform.boundary.AccessDenied for a caller who is no candidate
   */
  public InvitationLookup accept(String token) {
    guard.requireRole(Caller.CANDIDATE, "accepting an invitation");
    BundleInvitation invitation = byToken(token);
    Instant now = Instant.now(clock);
    String name =
        caller.displayName() == null || caller.displayName().isBlank()
            ? caller.username()
            : caller.displayName();
    boolean consumed;
    try {
      consumed = invitations.consume(invitation.tokenHash(), now, caller.username(), name);
    } catch (PersistenceException raced) {
      // A database that reports the concurrent update instead of waiting for it (H2 may).
      consumed = false;
    }
    if (!consumed) {
      throw new Conflict(
          "This invitation can no longer be accepted: " + reason(statusOf(invitation, now)));
    }
    sharing.share(invitation.organisation(), null);
    audit.record(
        AuditAction.INVITATION_ACCEPTED,
        "invitation " + invitation.id(),
        "shared with " + invitation.organisation() + " for bundle " + invitation.bundleId());
    InvitationLookup before = lookup(invitation, now);
    return new InvitationLookup(
        InvitationStatus.ACCEPTED,
        before.organisationSlug(),
        before.organisationName(),
        before.bundleName(),
        before.invitee(),
        before.expiresAt(),
        before.candidateView(),
        true,
        before.families());
  }

  private static String reason(InvitationStatus status) {
    return switch (status) {
      case OPEN, ACCEPTED -> "it has been used.";
      case REVOKED -> "the organisation withdrew it.";
      case EXPIRED -> "it has expired.";
    };
  }

  private BundleInvitation byToken(String token) {
    return InvitationTokens.hashOf(token == null ? null : token.strip())
        .flatMap(invitations::byTokenHash)
        .orElseThrow(() -> new NotFound("No invitation has this link"));
  }

  private InvitationLookup lookup(BundleInvitation invitation, Instant now) {
    Bundle bundle = bundles.byId(invitation.bundleId()).orElseThrow();
    String organisationName =
        organisations
            .bySlug(invitation.organisation())
            .map(OrganisationOption::name)
            .orElse(invitation.organisation());
    boolean candidate = caller.isSignedIn() && caller.hasRole(Caller.CANDIDATE);
    Set<String> required = Set.copyOf(requiredFamilies(bundle));
    List<InvitedFamily> needed;
    if (candidate) {
      needed =
          passports.dashboard().families().stream()
              .filter(f -> required.contains(f.code()))
              .map(f -> new InvitedFamily(f.code(), f.slug(), f.name(), f.measured(), takeable(f)))
              .toList();
    } else {
      needed =
          families.catalogue().stream()
              .filter(f -> required.contains(f.code()))
              .map(f -> new InvitedFamily(f.code(), f.slug(), f.name(), false, f.sampleAvailable()))
              .toList();
    }
    boolean mine =
        candidate && invitation.acceptedBy().map(caller.username()::equals).orElse(false);
    return new InvitationLookup(
        statusOf(invitation, now),
        invitation.organisation(),
        organisationName,
        bundle.name(),
        invitation.invitee(),
        invitation.expiresAt(),
        candidate,
        mine,
        needed);
  }

  private static boolean takeable(FamilyStanding family) {
    return family.sampleAvailable();
  }

  static InvitationStatus statusOf(BundleInvitation invitation, Instant now) {
    if (invitation.acceptedAt().isPresent()) {
      return InvitationStatus.ACCEPTED;
    }
    if (invitation.revokedAt().isPresent()) {
      return InvitationStatus.REVOKED;
    }
    return now.isBefore(invitation.expiresAt()) ? InvitationStatus.OPEN : InvitationStatus.EXPIRED;
  }

  private static InvitationEntry entry(
      BundleInvitation invitation,
      Instant now,
      Optional<SharedScores.Shared> shared,
      List<String> required) {
    boolean stillShared = false;
    boolean complete = false;
    if (invitation.acceptedBy().isPresent() && shared.isPresent()) {
      CandidateScores scores = shared.get().scores();
      Integer row = shared.get().rows().get(invitation.acceptedBy().get());
      if (row != null) {
        stillShared = true;
        List<String> codes = scores.families();
        complete =
            required.stream()
                .allMatch(
                    code -> {
                      int f = codes.indexOf(code);
                      return f >= 0 && scores.score(row, f) != CandidateScores.MISSING;
                    });
      }
    }
    return new InvitationEntry(
        invitation.id(),
        invitation.bundleId(),
        invitation.invitee(),
        invitation.createdAt(),
        invitation.createdByName(),
        invitation.expiresAt(),
        statusOf(invitation, now),
        invitation.acceptedAt(),
        invitation.acceptedByName(),
        invitation.revokedAt(),
        stillShared,
        complete);
  }

  /** The included families of the bundle's newest version. */
  private static List<String> requiredFamilies(Bundle bundle) {
    return bundle.latest().orElseThrow().families().stream()
        .filter(BundleFamily::included)
        .map(BundleFamily::familyCode)
        .toList();
  }

  /**
   * Every family code in display order: the same columns the comparison asks {@link SharedScores}
   * for, so both share one snapshot per organisation.
   */
  private List<String> familyCodes() {
    return families.familyCatalogue().codes();
  }
}
