package io.skillspassport.sharing.boundary;

import io.skillspassport.platform.boundary.AccessDenied;
import io.skillspassport.platform.boundary.Caller;
import io.skillspassport.platform.boundary.Conflict;
import io.skillspassport.platform.boundary.Guard;
import io.skillspassport.platform.boundary.UniqueViolation;
import io.skillspassport.sharing.control.ShareStore;
import io.skillspassport.sharing.entity.PassportShare;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

  @Inject Clock clock;

  /** The most rows one page of the "viewed by" list has. */
  public static final int MAX_PAGE_SIZE = 100;

  @Inject Caller caller;

  @Inject Guard guard;

  @Inject ShareStore shares;

  @Inject SharingTargets organisations;

  /** The organisations a passport can be shared with, by name. */
  public List<OrganisationOption> organisations() {
    guard.requireRole(Caller.CANDIDATE, "the list of organisations");
    return organisations.all();
  }

  /**
   * Shares the caller's passport with an organisation. Sharing again while a share with that
   * organisation is active makes {@code expiresOn} (no end when {@code null}) the end that holds: a
   * later end (or none) moves the end of that share; an earlier one revokes it and gives a new
   * share ending then, which the employers' comparison sees on its next request. The returned entry
   * always shows the end the candidate chose last. A share that expired stays in the history and a
   * new one is given.
   *
   * <p>The database keeps one current share per candidate and organisation, so two shares sent at
   * once (two tabs, a double click) cannot both be given: the one that loses gets a {@link
   * Conflict} and nothing of it is written.
   *
   * @param organisationSlug the organisation
   * @param expiresOn the last day the share holds (UTC), or {@code null} until revoked
   * @throws IllegalArgumentException for an unknown organisation or a date that is not in the
   *     future
   * @throws Conflict when another request of the caller shared with the same organisation at the
   *     same moment
   */
  public ShareEntry share(String organisationSlug, LocalDate expiresOn) {
    guard.requireRole(Caller.CANDIDATE, "sharing the passport");
    if (organisationSlug == null || organisationSlug.isBlank()) {
      throw new IllegalArgumentException("Choose the organisation to share your passport with.");
    }
    OrganisationOption organisation =
        organisations
            .bySlug(organisationSlug.strip())
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "There is no organisation '" + organisationSlug.strip() + "'."));
    Instant now = Instant.now(clock);
    LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
    if (expiresOn != null && !expiresOn.isAfter(today)) {
      throw new IllegalArgumentException(
          "The end date must be in the future (after " + today + "); was " + expiresOn + ".");
    }
    String candidate = caller.username();
    Instant expiresAt =
        expiresOn == null ? null : expiresOn.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    try {
      Optional<PassportShare> current = shares.current(candidate, organisation.slug());
      if (current.isPresent() && current.get().isActiveAt(now)) {
        PassportShare active = current.get();
        if (endsNoEarlier(expiresAt, active.expiresAt().orElse(null))) {
          active.endAt(expiresAt, now);
          active.nameAs(caller.displayName());
          shares.flush();
          return entry(active, organisation.name(), now);
        }
        active.revoke(now);
        shares.flush();
      } else if (current.isPresent()) {
        current.get().replace(now);
        shares.flush();
      }
      PassportShare share =
          shares.addNow(
              new PassportShare(
                  candidate, caller.displayName(), organisation.slug(), now, expiresAt));
      return entry(share, organisation.name(), now);
    } catch (OptimisticLockException raced) {
      throw sharedElsewhere(organisation.name());
    } catch (PersistenceException raced) {
      if (UniqueViolation.of(raced, ShareStore.ONE_CURRENT)) {
        throw sharedElsewhere(organisation.name());
      }
      throw raced;
    }
  }

  /**
   * The refusal of a share that lost a race: another request of the same candidate shared with the
   * same organisation at the same moment, and the database keeps one current share per candidate
   * and organisation. Nothing was written; the share that won is in the candidate's list.
   */
  private static Conflict sharedElsewhere(String organisationName) {
    return new Conflict(
        "Your passport was shared with "
            + organisationName
            + " from another window at the same moment; that share is kept and listed below.");
  }

  /**
   * Whether an end {@code wanted} lies no earlier than {@code current} ({@code null}: no end). Only
   * such a change may be made in place: the employers' comparison keeps a snapshot of who shares
   * until the earliest end it saw or a revocation, so an end moved earlier must show as a
   * revocation (and a new share) to take effect at once.
   */
  private static boolean endsNoEarlier(Instant wanted, Instant current) {
    return wanted == null || (current != null && !wanted.isBefore(current));
  }

  /** The caller's shares, current and past, newest first. */
  public List<ShareEntry> shares() {
    guard.requireRole(Caller.CANDIDATE, "the passport's shares");
    Instant now = Instant.now(clock);
    Function<String, String> nameOf = organisationNames();
    return shares.ofCandidate(caller.username()).stream()
        .map(s -> entry(s, nameOf.apply(s.organisation()), now))
        .toList();
  }

  /**
   * Revokes one of the caller's shares with immediate effect, and with it every other active share
   * of the caller with the same organisation (only data from before the database allowed one could
   * hold such a second share), so that "can no longer see your passport" is true when it is said.
   * Revoking twice keeps the first time.
   *
   * @throws AccessDenied (recorded) for an unknown id or someone else's share
   * @throws IllegalStateException when the share changed in another request at the same moment
   */
  public ShareEntry revoke(long shareId) {
    guard.requireRole(Caller.CANDIDATE, "revoking a share");
    PassportShare share =
        shares
            .byId(shareId)
            .filter(s -> s.candidate().equals(caller.username()))
            .orElseThrow(
                () -> guard.refuse("share " + shareId, "not a share of " + caller.username()));
    Instant now = Instant.now(clock);
    share.revoke(now);
    for (PassportShare other : shares.ofCandidate(caller.username())) {
      if (other.organisation().equals(share.organisation()) && other.isActiveAt(now)) {
        other.revoke(now);
      }
    }
    String name = organisationNames().apply(share.organisation());
    try {
      shares.flush();
    } catch (OptimisticLockException raced) {
      throw new IllegalStateException(
          "Your share with "
              + name
              + " was changed in another window at the same moment; reload to see where it"
              + " stands.");
    }
    return entry(share, name, now);
  }

  /**
   * Who looked at the caller's passport: one row per organisation and day with the number of views,
   * newest day first, {@code pageSize} rows per page. A page past the end shows the last.
   *
   * @param page 0-based; negative counts as 0
   * @param pageSize rows per page, 1 to {@value #MAX_PAGE_SIZE}
   */
  public ViewingPage viewedBy(int page, int pageSize) {
    guard.requireRole(Caller.CANDIDATE, "the passport's viewings");
    String candidate = caller.username();
    int size = Math.max(1, Math.min(pageSize, MAX_PAGE_SIZE));
    long total = shares.countViewingDays(candidate);
    long last = Math.max(0, (total - 1) / size);
    int index = (int) Math.min(Math.max(0, page), last);
    Function<String, String> nameOf = organisationNames();
    List<ViewingDay> days =
        shares.viewingDays(candidate, index * size, size).stream()
            .map(v -> new ViewingDay(nameOf.apply(v.organisation()), v.day(), v.views()))
            .toList();
    return new ViewingPage(days, index, size, total);
  }

  private Function<String, String> organisationNames() {
    Map<String, String> names =
        organisations.all().stream()
            .collect(Collectors.toMap(OrganisationOption::slug, OrganisationOption::name));
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
