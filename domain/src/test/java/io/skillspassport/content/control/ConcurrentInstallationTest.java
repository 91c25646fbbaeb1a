package io.skillspassport.content.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.skillspassport.assessments.boundary.ShippedBanks;
import io.skillspassport.assessments.control.FamilyStore;
import io.skillspassport.assessments.control.ItemStore;
import io.skillspassport.platform.boundary.UniqueViolation;
import io.skillspassport.roles.boundary.ShippedRoles;
import io.skillspassport.roles.control.RoleStore;
import io.skillspassport.testing.Database;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;

/**
 * Two portal instances installing the shipped content into one empty PostgreSQL database at the
 * same moment (issue 13, item 2). The race is staged deterministically: installer A has installed
 * everything but not committed when installer B starts.
 *
 * <p>Without {@link InstallationLock} B's insert of the first family waits on A's uncommitted row
 * of the same unique key and fails when A commits — the start-up failure the README listed as a
 * known issue. With the lock B waits before reading anything, then finds A's content and installs
 * nothing.
 */
class ConcurrentInstallationTest {

  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-30T09:00:00Z"), ZoneOffset.UTC);

  /** How long a blocked installer is watched to be still blocked. */
  private static final long BLOCKED_MILLIS = 1_500;

  private final ExecutorService otherInstance = Executors.newSingleThreadExecutor();

  @Test
  void theSecondInstallerWaitsForTheFirstAndInstallsNothing() throws Exception {
    try (Database db = Database.fresh(Database.Kind.POSTGRESQL)) {
      EntityManager a = db.newEntityManager();
      EntityManager b = db.newEntityManager();
      try {
        a.getTransaction().begin();
        new InstallationLock(a).take();
        ShippedContent.Report first = install(a);
        a.flush(); // A's rows are in the database, uncommitted

        CompletableFuture<ShippedContent.Report> second =
            CompletableFuture.supplyAsync(
                () -> {
                  b.getTransaction().begin();
                  new InstallationLock(b).take();
                  ShippedContent.Report report = install(b);
                  b.getTransaction().commit();
                  return report;
                },
                otherInstance);
        assertThat(stillRunningAfter(second, BLOCKED_MILLIS))
            .as("B waits while A holds the lock")
            .isTrue();
        a.getTransaction().commit();
        ShippedContent.Report report = second.get(60, TimeUnit.SECONDS);

        assertThat(first.installed()).isNotEmpty();
        assertThat(report.installed()).isEmpty();
        assertThat(report.keptAsTheyWere()).containsExactlyInAnyOrderElementsOf(first.installed());
        assertThat(report.itemBanks()).allSatisfy(bank -> assertThat(bank.installed()).isZero());
      } finally {
        close(a);
        close(b);
        otherInstance.shutdownNow();
      }
    }
  }

  @Test
  void withoutTheLockTheSecondInstallerFailsOnTheUniqueKey() throws Exception {
    try (Database db = Database.fresh(Database.Kind.POSTGRESQL)) {
      EntityManager a = db.newEntityManager();
      EntityManager b = db.newEntityManager();
      try {
        a.getTransaction().begin();
        install(a);
        a.flush(); // A's rows are in the database, uncommitted

        CompletableFuture<ShippedContent.Report> second =
            CompletableFuture.supplyAsync(
                () -> {
                  b.getTransaction().begin();
                  ShippedContent.Report report = install(b);
                  b.getTransaction().commit();
                  return report;
                },
                otherInstance);
        assertThat(stillRunningAfter(second, BLOCKED_MILLIS))
            .as("B's insert waits on A's uncommitted row")
            .isTrue();
        a.getTransaction().commit();
        Throwable failure = catchThrowable(() -> second.get(60, TimeUnit.SECONDS));

        assertThat(failure).isNotNull();
        assertThat(UniqueViolation.of(failure, "assessment_family"))
            .as(failure.toString())
            .isTrue();
      } finally {
        close(a);
        close(b);
        otherInstance.shutdownNow();
      }
    }
  }

  private static ShippedContent.Report install(EntityManager em) {
    return new ShippedContent(
            new ShippedBanks(new FamilyStore(em), new ItemStore(em)),
            new ShippedRoles(new RoleStore(em)),
            CLOCK,
            ConcurrentInstallationTest.class.getClassLoader())
        .install();
  }

  private static boolean stillRunningAfter(CompletableFuture<?> work, long millis)
      throws Exception {
    try {
      work.get(millis, TimeUnit.MILLISECONDS);
      return false;
    } catch (TimeoutException stillRunning) {
      return true;
    }
  }

  private static void close(EntityManager em) {
    if (em.getTransaction().isActive()) {
      em.getTransaction().rollback();
    }
    em.close();
  }
}
