package io.skillspassport.sharing.boundary;

import io.skillspassport.audit.boundary.AuditTrail;
import io.skillspassport.organisations.control.OrganisationStore;
import io.skillspassport.organisations.entity.EmployerOrganisation;
import io.skillspassport.platform.boundary.AccessDenied;
import io.skillspassport.platform.boundary.Caller;
import io.skillspassport.sharing.control.ShareStore;
import io.skillspassport.sharing.entity.PassportShare;
import io.skillspassport.sharing.entity.PassportViewing;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The candidate's control over who sees their passport. Nothing is shared by default: a share is
 * given explicitly to one employer organisation, optionally until a date, and a revocation takes
 * effect at once. Every share id is checked against the caller, so nobody can revoke or read
 * someone else's shares by guessing ids.
 *
 * <p>Dates are calendar days in UTC: a share "until 2027-03-31" lets the organisation see the
 * passport through the end of that day and no longer.
 */
@ApplicationScoped
@Transactional
public class Sharing {

  /** The most viewings the "viewed by" list returns. */
  public static final int MAX_VIEWINGS = 200;

  @Inject Caller caller;

  @Inject AuditTrail audit;

  @Inject ShareStore shares;

  @Inject OrganisationStore organisations;

  /** The organisations a passport can be shared with, by name. */
  public List<OrganisationOption> organisations() {
    audit.requireRole(Caller.CANDIDATE, "the list of organisations");
    return organisations.all().stream()
        .map(o -> new OrganisationOption(o.slug(), o.name(), o.description()))
        .toList();
  }

  /**
   * Shares the caller's passport with an organisation; sharing again while a share with that
   * organisation is active returns the existing share unchanged.
   *
   * @param organisationSlug the organisation
   * @param expiresOn the last day the share holds (UTC), or {@code null} until revoked
   * @throws IllegalArgumentException for an unknown organisation or a date that is not in the
   *     future
   */
  public ShareEntry share(String organisationSlug, LocalDate expiresOn) {
    audit.requireRole(Caller.CANDIDATE, "sharing the passport");
    if (organisationSlug == null || organisationSlug.isBlank()) {
      throw new IllegalArgumentException("Choose the organisation to share your passport with.");
    }
    EmployerOrganisation organisation =
        organisations
            .bySlug(organisationSlug.strip())
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "There is no organisation '" + organisationSlug.strip() + "'."));
    Instant now = Instant.now();
    LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
    if (expiresOn != null && !expiresOn.isAfter(today)) {
      throw new IllegalArgumentException(
          "The end date must be in the future (after " + today + "); was " + expiresOn + ".");
    }
    String candidate = caller.username();
    for (PassportShare existing : shares.ofCandidate(candidate)) {
      if (existing.organisation().equals(organisation.slug()) && existing.isActiveAt(now)) {
        return entry(existing, organisation.name(), now);
      }
    }
    Instant expiresAt =
        expiresOn == null ? null : expiresOn.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    PassportShare share =
        shares.add(new PassportShare(candidate, organisation.slug(), now, expiresAt));
    return entry(share, organisation.name(), now);
  }

  /** The caller's shares, current and past, newest first. */
  public List<ShareEntry> shares() {
    audit.requireRole(Caller.CANDIDATE, "the passport's shares");
    Instant now = Instant.now();
    Function<String, String> nameOf = organisationNames();
    return shares.ofCandidate(caller.username()).stream()
        .map(s -> entry(s, nameOf.apply(s.organisation()), now))
        .toList();
  }

  /**
   * Revokes one of the caller's shares with immediate effect; revoking twice keeps the first time.
   *
   * @throws AccessDenied (recorded) for an unknown id or someone else's share
   */
  public ShareEntry revoke(long shareId) {
    audit.requireRole(Caller.CANDIDATE, "revoking a share");
    PassportShare share =
        shares
            .byId(shareId)
            .filter(s -> s.candidate().equals(caller.username()))
            .orElseThrow(
                () -> {
                  audit.recordDenied("share " + shareId, "not a share of " + caller.username());
                  return new AccessDenied(
                      caller.username() + " may not revoke share " + shareId + ": not theirs");
                });
    Instant now = Instant.now();
    share.revoke(now);
    return entry(share, organisationNames().apply(share.organisation()), now);
  }

  /** Who looked at the caller's passport, newest first. */
  public List<ViewingEntry> viewedBy() {
    audit.requireRole(Caller.CANDIDATE, "the passport's viewings");
    Function<String, String> nameOf = organisationNames();
    return shares.viewingsOf(caller.username(), MAX_VIEWINGS).stream()
        .map(v -> viewing(v, nameOf))
        .toList();
  }

  private static ViewingEntry viewing(PassportViewing v, Function<String, String> nameOf) {
    return new ViewingEntry(nameOf.apply(v.organisation()), v.viewer(), v.viewedAt(), v.context());
  }

  private Function<String, String> organisationNames() {
    Map<String, String> names =
        organisations.all().stream()
            .collect(Collectors.toMap(EmployerOrganisation::slug, EmployerOrganisation::name));
    return slug -> names.getOrDefault(slug, slug);
  }

  static ShareEntry entry(PassportShare share, String organisationName, Instant now) {
    ShareStatus status;
    if (share.revokedAt().isPresent()) {
      status = ShareStatus.REVOKED;
    } else if (share.isActiveAt(now)) {
      status = ShareStatus.ACTIVE;
    } else {
      status = ShareStatus.EXPIRED;
    }
    return new ShareEntry(
        share.id(),
        share.organisation(),
        organisationName,
        share.sharedAt(),
        share.expiresAt(),
        share.revokedAt(),
        status);
  }
}
