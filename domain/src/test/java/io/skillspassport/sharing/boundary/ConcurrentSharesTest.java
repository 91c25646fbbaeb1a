package io.skillspassport.sharing.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import io.skillspassport.organisations.boundary.ShareableOrganisations;
import io.skillspassport.organisations.control.OrganisationStore;
import io.skillspassport.organisations.entity.EmployerOrganisation;
import io.skillspassport.platform.boundary.Conflict;
import io.skillspassport.platform.boundary.Guard;
import io.skillspassport.sharing.control.ShareStore;
import io.skillspassport.sharing.entity.PassportShare;
import io.skillspassport.testing.Database;
import io.skillspassport.testing.FixedCaller;
import io.skillspassport.testing.Parallel;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Six shares with the same organisation at once, each in its own transaction on its own connection,
 * against H2 and the throwaway PostgreSQL: the database keeps one current share per candidate and
 * organisation, the calls that lose the race get a clear {@link Conflict}, and one revocation
 * really ends the organisation's access. Without the constraint this left several active shares,
 * and revoking one of them left the organisation seeing the passport.
 */
class ConcurrentSharesTest {

  private static final String NORTHWIND = "northwind-labs";
  private static final int SHARES = 6;
  private static final int ROUNDS = 4;

  @ParameterizedTest
  @EnumSource(Database.Kind.class)
  void parallelSharesLeaveExactlyOneActiveShareAndOneRevokeEndsIt(Database.Kind kind) {
    try (Database db = Database.fresh(kind)) {
      db.run(
          em ->
              new OrganisationStore(em)
                  .add(new EmployerOrganisation(NORTHWIND, "Northwind Labs", "")));
      // Several rounds, each with its own candidate: one round may happen to run one call after
      // another, several rounds without the constraint have always left duplicates here.
      for (int round = 0; round < ROUNDS; round++) {
        String candidate = "cand-" + round;
        FixedCaller caller = FixedCaller.candidate(candidate);

        List<Parallel.Outcome<ShareEntry>> outcomes =
            Parallel.run(
                SHARES, () -> db.inTransaction(em -> sharing(em, caller).share(NORTHWIND, null)));

        List<Long> active = activeShares(db, candidate);
        assertThat(active).as("active shares of " + candidate).hasSize(1);
        Set<Long> returned =
            outcomes.stream()
                .filter(Parallel.Outcome::succeeded)
                .map(o -> o.value().id())
                .collect(Collectors.toSet());
        assertThat(returned).containsExactlyElementsOf(active);
        assertThat(outcomes.stream().filter(o -> !o.succeeded()).map(Parallel.Outcome::failure))
            .allSatisfy(
                f ->
                    assertThat(f)
                        .isExactlyInstanceOf(Conflict.class)
                        .hasMessageContaining("Northwind Labs"));

        db.inTransaction(em -> sharing(em, caller).revoke(active.get(0)));

        assertThat(activeShares(db, candidate)).isEmpty();
        boolean stillShared =
            db.inTransaction(
                em -> new ShareStore(em).isShared(candidate, NORTHWIND, Instant.now()));
        assertThat(stillShared).isFalse();
      }
    }
  }

  @ParameterizedTest
  @EnumSource(Database.Kind.class)
  void sharingAgainMakesTheNewEndDateTheOneThatHolds(Database.Kind kind) {
    try (Database db = Database.fresh(kind)) {
      db.run(
          em ->
              new OrganisationStore(em)
                  .add(new EmployerOrganisation(NORTHWIND, "Northwind Labs", "")));
      FixedCaller cara = FixedCaller.candidate("cara");
      LocalDate today = LocalDate.now(ZoneOffset.UTC);

      ShareEntry open = db.inTransaction(em -> sharing(em, cara).share(NORTHWIND, null));
      ShareEntry shorter =
          db.inTransaction(em -> sharing(em, cara).share(NORTHWIND, today.plusDays(30)));
      ShareEntry longer =
          db.inTransaction(em -> sharing(em, cara).share(NORTHWIND, today.plusDays(60)));
      ShareEntry same =
          db.inTransaction(em -> sharing(em, cara).share(NORTHWIND, today.plusDays(60)));
      ShareEntry openAgain = db.inTransaction(em -> sharing(em, cara).share(NORTHWIND, null));

      // An earlier end replaces the share, so that the comparison's snapshot sees a revocation.
      assertThat(shorter.id()).isNotEqualTo(open.id());
      assertThat(shorter.expiresAt())
          .contains(today.plusDays(31).atStartOfDay(ZoneOffset.UTC).toInstant());
      // A later end, the same end, or none moves the end of the same share.
      assertThat(List.of(longer.id(), same.id(), openAgain.id())).containsOnly(shorter.id());
      assertThat(longer.expiresAt())
          .contains(today.plusDays(61).atStartOfDay(ZoneOffset.UTC).toInstant());
      assertThat(openAgain.expiresAt()).isEmpty();
      assertThat(activeShares(db)).containsExactly(shorter.id());
      List<ShareStatus> history =
          db.inTransaction(em -> sharing(em, cara).shares()).stream()
              .map(ShareEntry::status)
              .toList();
      assertThat(history).containsExactly(ShareStatus.ACTIVE, ShareStatus.REVOKED);
    }
  }

  private static List<Long> activeShares(Database db) {
    return activeShares(db, "cara");
  }

  private static List<Long> activeShares(Database db, String candidate) {
    Instant now = Instant.now();
    return db.inTransaction(
        em ->
            new ShareStore(em)
                .ofCandidate(candidate).stream()
                    .filter(s -> s.organisation().equals(NORTHWIND) && s.isActiveAt(now))
                    .map(PassportShare::id)
                    .toList());
  }

  private static Sharing sharing(EntityManager em, FixedCaller caller) {
    Sharing sharing = new Sharing();
    sharing.clock = Clock.systemUTC();
    sharing.caller = caller;
    sharing.guard = new Guard(caller);
    sharing.shares = new ShareStore(em);
    sharing.organisations = new ShareableOrganisations(new OrganisationStore(em));
    return sharing;
  }
}
