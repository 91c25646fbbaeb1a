package io.skillspassport.organisations.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.skillspassport.audit.boundary.AuditAction;
import io.skillspassport.audit.control.AuditLogFixture;
import io.skillspassport.organisations.control.OrganisationStore;
import io.skillspassport.platform.boundary.AccessDenied;
import io.skillspassport.platform.boundary.Caller;
import io.skillspassport.platform.boundary.Conflict;
import io.skillspassport.platform.boundary.Guard;
import io.skillspassport.platform.boundary.Rejected;
import io.skillspassport.sharing.boundary.TestSharing;
import io.skillspassport.sharing.control.ShareStore;
import io.skillspassport.sharing.entity.PassportShare;
import io.skillspassport.testing.Database;
import io.skillspassport.testing.FixedCaller;
import io.skillspassport.testing.ShippedFamiliesAndRoles;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The organisation use cases through the real store, share counts and audit log on a migrated H2:
 * an admin creates and renames organisations (a slug is lower-case words joined by hyphens, unique,
 * at most 80 characters; a name is required, at most 200; a description at most 2000 — the column
 * sizes of V3), a stale rename is refused, every change is audited, and nobody else may do any of
 * it. The overview counts the distinct candidates whose share holds now.
 *
 * <p>Moved from {@code web}'s {@code ContentAdministrationIT} (its organisation test, same
 * assertions) and extended. One database for the class; every test works with slugs of its own.
 */
class OrganisationsTest {

  private static final FixedCaller ADMIN = new FixedCaller("ada", null, Set.of(Caller.ADMIN));

  private static Database db;

  private final String slug = "org-" + UUID.randomUUID().toString().substring(0, 8);

  private final List<String> denied = new ArrayList<>();

  @BeforeAll
  static void database() {
    db = ShippedFamiliesAndRoles.database(OrganisationsTest.class);
  }

  @Test
  void organisationsAreCreatedRenamedAndAudited() {
    OrganisationSummary created = call(ADMIN, o -> o.create(" " + slug + " ", "Acme", "First"));

    assertThat(created.slug()).isEqualTo(slug);
    assertThat(created.name()).isEqualTo("Acme");
    assertThat(created.description()).isEqualTo("First");
    assertThat(created.activeShares()).isZero();
    assertThatThrownBy(() -> call(ADMIN, o -> o.create(slug, "Twice", "")))
        .isInstanceOfSatisfying(Rejected.class, e -> assertThat(e.field()).isEqualTo("slug"))
        .hasMessageContaining("'" + slug + "' exists already");
    assertThatThrownBy(() -> call(ADMIN, o -> o.create("Not A Slug", "x", "")))
        .isInstanceOfSatisfying(Rejected.class, e -> assertThat(e.field()).isEqualTo("slug"))
        .hasMessageContaining("was 'Not A Slug'");

    // The version the admin loaded is the stored one, as the overview shows it.
    long loaded = version(slug);
    OrganisationSummary renamed =
        call(ADMIN, o -> o.rename(slug, loaded, "Acme Renamed", "Second"));
    assertThat(renamed.name()).isEqualTo("Acme Renamed");
    assertThat(renamed.description()).isEqualTo("Second");
    assertThat(version(slug)).isNotEqualTo(loaded);
    assertThatThrownBy(() -> call(ADMIN, o -> o.rename(slug, loaded, "Stale", "Stale")))
        .isInstanceOf(Conflict.class)
        .hasMessageContaining("Someone else changed Acme Renamed");

    assertThat(call(ADMIN, Organisations::overview))
        .filteredOn(o -> o.slug().equals(slug))
        .singleElement()
        .extracting(OrganisationSummary::name)
        .isEqualTo("Acme Renamed");
    assertThat(audited(slug)).isEqualTo(2);
    assertThat(
            db.<List<io.skillspassport.audit.entity.AuditEvent>>inTransaction(
                em ->
                    AuditLogFixture.of(em)
                        .search("organisation " + slug, AuditAction.ORGANISATION_CHANGED, 0, 10)))
        .extracting(e -> e.detail())
        .containsExactlyInAnyOrder("created as Acme", "renamed from Acme to Acme Renamed");
  }

  /**
   * The summary that create and rename return carries the version the database now holds, so an
   * editor that keeps it (rather than reloading the list) can rename twice in a row; a summary with
   * the version from before the write would make the second rename a conflict with itself.
   */
  @Test
  void theReturnedVersionIsTheStoredOneSoASecondRenameWithItSucceeds() {
    OrganisationSummary created = call(ADMIN, o -> o.create(slug, "Acme", "First"));
    assertThat(created.version()).isEqualTo(version(slug));

    OrganisationSummary first =
        call(ADMIN, o -> o.rename(slug, created.version(), "Acme Two", "Second"));
    assertThat(first.version()).isEqualTo(version(slug)).isNotEqualTo(created.version());
    OrganisationSummary second =
        call(ADMIN, o -> o.rename(slug, first.version(), "Acme Three", "Third"));

    assertThat(second.version()).isEqualTo(version(slug)).isNotEqualTo(first.version());
    assertThat(second.name()).isEqualTo("Acme Three");
    assertThatThrownBy(() -> call(ADMIN, o -> o.rename(slug, first.version(), "Stale", "")))
        .isInstanceOf(Conflict.class)
        .hasMessageContaining("Someone else changed Acme Three");
    assertThat(audited(slug)).isEqualTo(3);
  }

  /**
   * Slugs of 80 characters fit and 81 do not; the same at 200/201 for names and 2000/2001 for
   * descriptions. A blank name is refused on create and on rename; an unknown slug on rename.
   */
  @Test
  void textsAreCheckedAgainstTheColumnSizesAndBlanksAreRefused() {
    String longest = slug + "-" + "a".repeat(80 - slug.length() - 1);
    assertThat(longest).hasSize(80);

    assertThat(call(ADMIN, o -> o.create(longest, "n".repeat(200), "d".repeat(2000))).slug())
        .isEqualTo(longest);
    assertThat(field(() -> call(ADMIN, o -> o.create(longest + "a", "x", "")))).isEqualTo("slug");
    assertThat(field(() -> call(ADMIN, o -> o.create(slug, "n".repeat(201), ""))))
        .isEqualTo("name");
    assertThat(field(() -> call(ADMIN, o -> o.create(slug, "x", "d".repeat(2001)))))
        .isEqualTo("description");
    assertThat(field(() -> call(ADMIN, o -> o.create(slug, "  ", "")))).isEqualTo("name");
    assertThat(field(() -> call(ADMIN, o -> o.create(slug, null, "")))).isEqualTo("name");
    assertThat(field(() -> call(ADMIN, o -> o.create(null, "x", "")))).isEqualTo("slug");
    assertThat(field(() -> call(ADMIN, o -> o.create("-" + slug, "x", "")))).isEqualTo("slug");
    assertThat(field(() -> call(ADMIN, o -> o.create(slug + "-", "x", "")))).isEqualTo("slug");

    call(ADMIN, o -> o.create(slug, "Fits", null));
    long version = version(slug);
    assertThat(field(() -> call(ADMIN, o -> o.rename(slug, version, " ", "")))).isEqualTo("name");
    assertThat(field(() -> call(ADMIN, o -> o.rename(slug, version, "n".repeat(201), ""))))
        .isEqualTo("name");
    assertThat(field(() -> call(ADMIN, o -> o.rename(slug, version, "x", "d".repeat(2001)))))
        .isEqualTo("description");
    assertThat(field(() -> call(ADMIN, o -> o.rename(slug + "-gone", 0, "x", ""))))
        .isEqualTo("slug");
    assertThat(field(() -> call(ADMIN, o -> o.rename(null, 0, "x", "")))).isEqualTo("slug");
    assertThat(call(ADMIN, o -> o.rename(slug, version, "n".repeat(200), "d".repeat(2000))).name())
        .hasSize(200);
    // Only the three saves are audited (the 80-character slug, which starts with this test's slug,
    // and this slug's create and rename), none of the refusals.
    assertThat(audited(slug)).isEqualTo(3);
  }

  /**
   * The overview counts the candidates whose share holds now: Cara and Dan, not Eve (revoked), Finn
   * (expired) or Gil (shares with another organisation) — 2.
   */
  @Test
  void theOverviewCountsTheCandidatesWhoseShareHoldsNow() {
    call(ADMIN, o -> o.create(slug, "Counting", ""));
    Instant now = Instant.now();
    db.run(
        em -> {
          ShareStore shares = new ShareStore(em);
          shares.add(new PassportShare("cara", slug, now.minusSeconds(300), null));
          shares.add(new PassportShare("dan", slug, now.minusSeconds(300), null));
          shares
              .add(new PassportShare("eve", slug, now.minusSeconds(300), null))
              .revoke(now.minusSeconds(60));
          shares.add(
              new PassportShare(
                  "finn", slug, now.minus(Duration.ofDays(3)), now.minus(Duration.ofDays(1))));
          shares.add(new PassportShare("gil", "northwind-" + slug, now.minusSeconds(300), null));
        });

    assertThat(call(ADMIN, Organisations::overview))
        .filteredOn(o -> o.slug().equals(slug))
        .singleElement()
        .extracting(OrganisationSummary::activeShares)
        .isEqualTo(2);
  }

  @Test
  void nobodyButAnAdminMayMaintainOrganisations() {
    for (FixedCaller other :
        List.of(FixedCaller.employer("erin", "northwind-labs"), FixedCaller.candidate("cara"))) {
      assertThatThrownBy(() -> call(other, o -> o.create(slug, "x", "")))
          .isInstanceOf(AccessDenied.class);
      assertThatThrownBy(() -> call(other, Organisations::overview))
          .isInstanceOf(AccessDenied.class);
      assertThatThrownBy(() -> call(other, o -> o.rename(slug, 0, "x", "")))
          .isInstanceOf(AccessDenied.class);
    }
    assertThat(denied)
        .containsExactly(
            "creating an organisation",
            "the organisation list",
            "renaming organisation " + slug,
            "creating an organisation",
            "the organisation list",
            "renaming organisation " + slug);
    assertThat(
            db.<java.util.Optional<?>>inTransaction(em -> new OrganisationStore(em).bySlug(slug)))
        .isEmpty();
  }

  private long version(String organisation) {
    return call(ADMIN, Organisations::overview).stream()
        .filter(o -> o.slug().equals(organisation))
        .findFirst()
        .orElseThrow()
        .version();
  }

  private String field(Runnable refused) {
    try {
      refused.run();
    } catch (Rejected e) {
      return e.field();
    }
    throw new AssertionError("not refused");
  }

  private long audited(String organisation) {
    return db.inTransaction(
        em ->
            AuditLogFixture.of(em)
                .count("organisation " + organisation, AuditAction.ORGANISATION_CHANGED));
  }

  private <T> T call(FixedCaller caller, Function<Organisations, T> use) {
    return db.inTransaction(
        em -> {
          Organisations organisations = new Organisations();
          organisations.clock = java.time.Clock.systemUTC();
          organisations.store = new OrganisationStore(em);
          organisations.shares = TestSharing.counts(em);
          organisations.guard =
              new Guard(caller) {
                @Override
                public AccessDenied refuse(String what, String reason, String message) {
                  denied.add(what);
                  return super.refuse(what, reason, message);
                }
              };
          organisations.log =
              io.skillspassport.audit.boundary.TestAuditTrail.of(AuditLogFixture.of(em), caller);
          return use.apply(organisations);
        });
  }
}
