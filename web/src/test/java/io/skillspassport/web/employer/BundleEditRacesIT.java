package io.skillspassport.web.employer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.skillspassport.bundles.boundary.BundleDetail;
import io.skillspassport.bundles.boundary.Bundles;
import io.skillspassport.platform.boundary.Conflict;
import io.skillspassport.web.testing.TestCaller;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Inside Payara Micro, through the bundles boundary: an archived bundle is read-only (no new
 * version, no new name), and a rename is checked against the bundle the editor loaded — a stale
 * rename, or one of several renames sent at once, is a conflict, never a silent last-write-wins.
 */
@ExtendWith(ArquillianExtension.class)
class BundleEditRacesIT {

  private static final String ROLE = "ml-research-scientist";

  @Deployment
  static WebArchive deployment() {
    return EmployerDeployment.war(BundleEditRacesIT.class);
  }

  @Inject TestCaller caller;

  @Inject Bundles bundles;

  @Inject EmployerFixtures fixtures;

  @Resource ManagedExecutorService executor;

  @BeforeEach
  void ownOrganisation() {
    String organisation = "org-" + UUID.randomUUID().toString().substring(0, 8);
    fixtures.organisation(organisation);
    caller.signIn("erin-" + organisation, organisation, "employer");
  }

  @Test
  void anArchivedBundleRefusesANewVersionAndANewName() {
    long id = bundles.create(ROLE, "To archive", null);
    BundleDetail before = bundles.detail(id);
    bundles.archive(id);

    Conflict save = assertThrows(Conflict.class, () -> bundles.save(id, before.latest()));
    Conflict rename =
        assertThrows(
            Conflict.class, () -> bundles.rename(id, bundles.detail(id).lockVersion(), "Renamed"));

    assertTrue(save.getMessage().contains("archived"), save.getMessage());
    assertTrue(rename.getMessage().contains("archived"), rename.getMessage());
    BundleDetail after = bundles.detail(id);
    assertEquals(1, after.history().size(), "no version was added");
    assertEquals("To archive", after.name());
    assertTrue(after.archived());
  }

  @Test
  void aRenameFromAStaleEditorIsAConflict() {
    long id = bundles.create(ROLE, "Original", null);
    BundleDetail first = bundles.detail(id);
    BundleDetail second = bundles.detail(id);

    bundles.rename(id, first.lockVersion(), "First editor's name");
    Conflict stale =
        assertThrows(
            Conflict.class, () -> bundles.rename(id, second.lockVersion(), "Second editor's name"));

    assertTrue(stale.getMessage().contains("after you opened it"), stale.getMessage());
    assertEquals("First editor's name", bundles.detail(id).name());
  }

  @Test
  void ofSixRenamesSentAtOnceExactlyOneWinsAndTheOthersAreConflicts() throws Exception {
    long id = bundles.create(ROLE, "Raced", null);
    long loaded = bundles.detail(id).lockVersion();
    int n = 6;
    CyclicBarrier start = new CyclicBarrier(n);
    List<Future<String>> futures = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String name = "Name " + i;
      futures.add(
          executor.submit(
              () -> {
                start.await(30, TimeUnit.SECONDS);
                bundles.rename(id, loaded, name);
                return name;
              }));
    }
    List<String> winners = new ArrayList<>();
    for (Future<String> f : futures) {
      try {
        winners.add(f.get(120, TimeUnit.SECONDS));
      } catch (ExecutionException e) {
        assertInstanceOf(Conflict.class, e.getCause(), e.getCause().toString());
      }
    }

    assertEquals(1, winners.size(), "renames that reported success: " + winners);
    assertEquals(winners.get(0), bundles.detail(id).name());
  }
}
