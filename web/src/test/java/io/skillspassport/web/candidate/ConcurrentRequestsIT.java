package io.skillspassport.web.candidate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.skillspassport.assessments.boundary.SampleAssessments;
import io.skillspassport.platform.boundary.Caller;
import io.skillspassport.platform.boundary.Conflict;
import io.skillspassport.sharing.boundary.ShareEntry;
import io.skillspassport.sharing.boundary.SharedPassports;
import io.skillspassport.sharing.boundary.Sharing;
import io.skillspassport.web.testing.TestCaller;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Inside Payara Micro, with container transactions on the portal's database: the same candidate's
 * requests arriving at once — eight starts of a sample, six shares with one organisation — on the
 * container's managed threads. Exactly one attempt is in progress and exactly one share is active
 * afterwards; the requests that lost the race got the clear refusal of their use case (never a
 * database error); and one revocation ends the organisation's access.
 */
@ExtendWith(ArquillianExtension.class)
class ConcurrentRequestsIT {

  @Deployment
  static WebArchive deployment() {
    String path = System.getProperty("portal.war");
    if (path == null) {
      throw new IllegalStateException("Run with failsafe: the system property portal.war is unset");
    }
    return ShrinkWrap.createFromZipFile(WebArchive.class, new File(path))
        .addClasses(ConcurrentRequestsIT.class, PassportFixtures.class, TestCaller.class);
  }

  @Inject TestCaller caller;

  @Inject PassportFixtures fixtures;

  @Inject SampleAssessments samples;

  @Inject Sharing sharing;

  @Inject SharedPassports shared;

  @PersistenceContext(unitName = "passport")
  EntityManager em;

  @Resource ManagedExecutorService executor;

  @Test
  void eightParallelStartsLeaveOneAttemptInProgress() throws Exception {
    String candidate = "it-race-" + UUID.randomUUID();
    caller.signIn(candidate, null, Caller.CANDIDATE);

    List<Object> outcomes = parallel(8, () -> samples.start("PYTHON_FUNDAMENTALS").attemptId());

    List<Long> inProgress =
        em.createQuery(
                "select a.id from AssessmentAttempt a where a.candidate = :candidate"
                    + " and a.status = io.skillspassport.assessments.entity.AttemptStatus.IN_PROGRESS",
                Long.class)
            .setParameter("candidate", candidate)
            .getResultList();
    assertEquals(1, inProgress.size(), "attempts in progress: " + inProgress);
    assertEquals(Set.of(inProgress.get(0)), succeeded(outcomes), "every start got the same one");
    for (Object o : outcomes) {
      if (o instanceof Throwable failure) {
        assertEquals(Conflict.class, failure.getClass(), failure.toString());
        assertTrue(failure.getMessage().contains("another window"), failure.getMessage());
      }
    }
    assertEquals(inProgress.get(0), samples.start("PYTHON_FUNDAMENTALS").attemptId());
  }

  @Test
  void sixParallelSharesLeaveOneActiveShareAndOneRevokeEndsIt() throws Exception {
    String candidate = "it-race-" + UUID.randomUUID();
    String organisation = "org-race-" + UUID.randomUUID().toString().substring(0, 8);
    fixtures.organisation(organisation, "Race Org " + organisation);
    fixtures.result(candidate, "DATA_ANALYSIS", 0.4, 0.35);
    caller.signIn(candidate, null, Caller.CANDIDATE);

    List<Object> outcomes = parallel(6, () -> sharing.share(organisation, null).id());

    List<ShareEntry> active =
        sharing.shares().stream()
            .filter(s -> s.organisationSlug().equals(organisation) && s.active())
            .toList();
    assertEquals(1, active.size(), "active shares: " + active);
    assertEquals(Set.of(active.get(0).id()), succeeded(outcomes));
    for (Object o : outcomes) {
      if (o instanceof Throwable failure) {
        assertEquals(Conflict.class, failure.getClass(), failure.toString());
        assertTrue(failure.getMessage().contains("another window"), failure.getMessage());
      }
    }

    sharing.revoke(active.get(0).id());

    assertTrue(sharing.shares().stream().noneMatch(ShareEntry::active));
    caller.signIn("it-race-employer", organisation, Caller.EMPLOYER);
    assertFalse(shared.sharedCandidates().contains(candidate));
  }

  /** Runs {@code call} on {@code n} managed threads released together; values or exceptions. */
  private List<Object> parallel(int n, Callable<Long> call) throws Exception {
    CyclicBarrier start = new CyclicBarrier(n);
    List<Future<Long>> futures = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      futures.add(
          executor.submit(
              () -> {
                start.await(30, TimeUnit.SECONDS);
                return call.call();
              }));
    }
    List<Object> outcomes = new ArrayList<>();
    for (Future<Long> f : futures) {
      try {
        outcomes.add(f.get(120, TimeUnit.SECONDS));
      } catch (ExecutionException e) {
        outcomes.add(e.getCause());
      }
    }
    return outcomes;
  }

  private static Set<Long> succeeded(List<Object> outcomes) {
    return outcomes.stream()
        .filter(Long.class::isInstance)
        .map(Long.class::cast)
        .collect(Collectors.toSet());
  }
}
