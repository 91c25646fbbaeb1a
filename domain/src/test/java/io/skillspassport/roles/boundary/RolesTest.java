package io.skillspassport.roles.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.skillspassport.roles.control.RoleStore;
import io.skillspassport.testing.Database;
import io.skillspassport.testing.ShippedFamiliesAndRoles;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The public role catalogue and role page through the real stores on a migrated H2 holding the
 * shipped families and the one shipped role. Expected values are typed in from {@code
 * content/roles/ml-research-scientist.json} (title, median USD 295000, six weighted families,
 * threshold 650, weights 0.75, 0.65, 0.65, 0.60, 0.55, 0.55 of Σ 3.75, two presets, five adjacent
 * roles of which none is published here) and {@code content/families.json} (names).
 */
class RolesTest {

  private static final String ROLE = "ml-research-scientist";

  private static Database db;

  @BeforeAll
  static void shippedContent() {
    db = ShippedFamiliesAndRoles.database(RolesTest.class);
  }

  @Test
  void theCatalogueListsThePublishedRoleWithItsSummaryFigures() {
    assertThat(call(Roles::catalogue))
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.slug()).isEqualTo(ROLE);
              assertThat(r.title()).isEqualTo("ML Research Scientist");
              assertThat(r.summary()).startsWith("Designs, runs, and writes up the experiments");
              assertThat(r.medianCompensation()).isEqualTo(295000);
              assertThat(r.currency()).isEqualTo("USD");
              assertThat(r.familiesWeighted()).isEqualTo(6);
              assertThat(r.versionNumber()).isEqualTo(1);
            });
  }

  @Test
  void theRolePageNamesEachFamilyWithItsShareOfTheWeight() {
    RolePage page = call(r -> r.page(ROLE)).orElseThrow();

    assertThat(page.slug()).isEqualTo(ROLE);
    assertThat(page.title()).isEqualTo("ML Research Scientist");
    assertThat(page.readinessThreshold()).isEqualTo(650);
    assertThat(page.publishedAt()).isNotNull();
    assertThat(page.weights())
        .extracting(RolePage.Weight::familyName)
        .containsExactly(
            "Cognitive Reasoning",
            "AI Output Evaluation",
            "Data Analysis",
            "Python Fundamentals",
            "AI-Collaboration Literacy",
            "Communication");
    double[] relevance = {0.75, 0.65, 0.65, 0.60, 0.55, 0.55};
    for (int i = 0; i < relevance.length; i++) {
      assertThat(page.weights().get(i).relevance().doubleValue()).isEqualTo(relevance[i]);
      assertThat(page.weights().get(i).share()).isCloseTo(relevance[i] / 3.75, within(1e-12));
    }
    assertThat(page.presets())
        .extracting(RolePage.Preset::key)
        .containsExactlyInAnyOrder("theoretical-research", "applied-research");
    assertThat(page.presets())
        .allSatisfy(p -> assertThat(p.weights()).hasSize(6))
        .flatExtracting(RolePage.Preset::weights)
        .extracting(RolePage.PresetWeight::familyName)
        .contains("Python Fundamentals");
    // ML Engineer and Data Scientist have slugs, but neither is published here: no link.
    assertThat(page.adjacentRoles())
        .extracting(RolePage.AdjacentRole::title)
        .startsWith("ML Engineer", "Applied Research Scientist or Research Engineer");
    assertThat(page.adjacentRoles()).hasSize(5).allMatch(a -> a.linkedSlug() == null);
  }

  @Test
  void anUnknownBlankOrMissingSlugHasNoPage() {
    assertThat(page("no-such-role")).isEmpty();
    assertThat(page(" ")).isEmpty();
    assertThat(page("")).isEmpty();
    assertThat(page(null)).isEqualTo(Optional.empty());
  }

  private Optional<RolePage> page(String slug) {
    return call(r -> r.page(slug));
  }

  private <T> T call(Function<Roles, T> use) {
    return db.inTransaction(
        em -> {
          Roles roles = new Roles();
          roles.store = new RoleStore(em);
          roles.pages = new RolePages();
          roles.pages.store = roles.store;
          roles.pages.families = io.skillspassport.assessments.boundary.TestFamilies.of(em);
          return use.apply(roles);
        });
  }
}
