package io.skillspassport.web.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.skillspassport.content.control.ContentInstallation;
import io.skillspassport.roles.boundary.RolePage;
import io.skillspassport.roles.boundary.Roles;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Inside Payara Micro: the role stored at start-up comes back through the repository and the public
 * boundary with every section, and running the content loader again duplicates nothing.
 */
@ExtendWith(ArquillianExtension.class)
class ShippedContentIT {

  @Deployment
  static WebArchive deployment() {
    return PortalDeployment.war().addClasses(ShippedContentIT.class, PortalDeployment.class);
  }

  @Inject Roles roles;

  @Inject ContentInstallation installation;

  @PersistenceContext(unitName = "passport")
  EntityManager em;

  @Test
  void theSeedRoleComesBackWithEverySection() {
    RolePage page = roles.page("ml-research-scientist").orElseThrow();
    var s = page.sections();

    assertEquals("ML Research Scientist", page.title());
    assertEquals(295_000, s.compensation().median());
    assertEquals(5, s.activities().size());
    assertEquals(5, page.adjacentRoles().size());
    assertEquals(6, s.skills().size());
    assertEquals("Research-direction taste", s.extraSkills().get(0).title());
    assertEquals(3, s.compensationReferences().size());
    assertEquals(6, page.weights().size());
    assertEquals("0.75", page.weights().get(0).relevance().toPlainString());
    assertEquals(0.2, page.weights().get(0).share(), 1e-12);
    assertEquals(3, s.supplementalExercises().size());
    assertEquals(2, page.presets().size());
    assertEquals(6, s.careerLadder().size());
    assertEquals(4, s.pitfalls().size());
    assertEquals(8, s.sources().size());
    assertTrue(s.takeaway().contains("Python Fundamentals"));
  }

  @Test
  void adjacentRolesWithoutAPublishedPageAreNotLinked() {
    RolePage page = roles.page("ml-research-scientist").orElseThrow();

    assertTrue(page.adjacentRoles().stream().noneMatch(RolePage.AdjacentRole::linked));
  }

  @Test
  void runningTheContentLoaderAgainDuplicatesNothing() {
    long versionsBefore = count("select count(v) from RoleVersion v");

    var report = installation.installShippedContent();
    var again = installation.installShippedContent();

    assertEquals(List.of(), report.installed());
    assertEquals(List.of(), again.installed());
    assertEquals(7, again.keptAsTheyWere().size());
    assertEquals(1L, count("select count(r) from Role r"));
    assertEquals(6L, count("select count(f) from AssessmentFamily f"));
    assertEquals(versionsBefore, count("select count(v) from RoleVersion v"));
  }

  @Test
  void anUnknownSlugHasNoPage() {
    assertTrue(roles.page("no-such-role").isEmpty());
  }

  private long count(String jpql) {
    return em.createQuery(jpql, Long.class).getSingleResult();
  }
}
