package io.skillspassport.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The domain's components meet only at their boundaries: the rules of {@link ComponentRules} run
 * against the compiled domain (and the scoring library it uses, which the rules leave out), and the
 * same rule definitions run against the fixtures under {@code architecture.fixture} to show that
 * each one fails on the shape it forbids.
 */
class ComponentRulesTest {

  private static final ComponentRules RULES = ComponentRules.skillsPassport();
  private static final String FIXTURE = "io.skillspassport.architecture.fixture.";
  private static JavaClasses domain;

  @BeforeAll
  static void importDomain() {
    domain =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.skillspassport");
  }

  @Test
  void componentsUseEachOtherOnlyThroughTheirBoundary() {
    RULES.otherComponentsOnlyThroughTheirBoundary().check(domain);
  }

  @Test
  void noComponentImportsPastAnotherComponentsDoor() {
    assertThat(RULES.importsPastADoor(domain)).isEmpty();
  }

  @Test
  void componentsFormNoCycle() {
    RULES.componentsFreeOfCycles().check(domain);
  }

  @Test
  void platformDependsOnNoBusinessComponent() {
    RULES.platformDependsOnNoBusinessComponent().check(domain);
  }

  @Test
  void componentsRefuseOnlyWithThePlatformsVocabulary() {
    RULES.refusalsOnlyFromThePlatformsVocabulary().check(domain);
  }

  @Nested
  class OnFixtures {

    private JavaClasses fixture(String name) {
      return new ClassFileImporter().importPackages(FIXTURE + name);
    }

    private ComponentRules rulesFor(String name) {
      return ComponentRules.strict(FIXTURE + name, "platform", Set.of());
    }

    @Test
    void cycleRuleRejectsTwoComponentsCallingEachOtherThroughTheirDoors() {
      JavaClasses loop = fixture("loop");
      rulesFor("loop").otherComponentsOnlyThroughTheirBoundary().check(loop);
      assertThatThrownBy(() -> rulesFor("loop").componentsFreeOfCycles().check(loop))
          .isInstanceOf(AssertionError.class)
          .hasMessageContaining("Cycle detected")
          .hasMessageContaining("Slice alpha")
          .hasMessageContaining("Slice beta");
    }

    @Test
    void boundaryRuleRejectsAnImportOfAnotherComponentsControl() {
      JavaClasses backdoor = fixture("backdoor");
      rulesFor("backdoor").componentsFreeOfCycles().check(backdoor);
      assertThatThrownBy(
              () -> rulesFor("backdoor").otherComponentsOnlyThroughTheirBoundary().check(backdoor))
          .isInstanceOf(AssertionError.class)
          .hasMessageContaining("[alpha -> beta.control]")
          .hasMessageContaining("BetaStore");
      assertThat(rulesFor("backdoor").importsPastADoor(backdoor))
          .containsExactly("alpha -> beta.control");
    }

    @Test
    void platformRuleRejectsThePlatformCallingABusinessComponent() {
      JavaClasses platformUp = fixture("platformup");
      assertThatThrownBy(
              () -> rulesFor("platformup").platformDependsOnNoBusinessComponent().check(platformUp))
          .isInstanceOf(AssertionError.class)
          .hasMessageContaining("Setup")
          .hasMessageContaining("Shop");
    }

    @Test
    void refusalRuleRejectsABoundarysOrEntitysOwnExceptionButNotASubclassOrAControls() {
      JavaClasses shop = fixture("ownrefusal");
      assertThatThrownBy(
              () -> rulesFor("ownrefusal").refusalsOnlyFromThePlatformsVocabulary().check(shop))
          .isInstanceOf(AssertionError.class)
          .hasMessageContaining("(2 times)")
          .hasMessageContaining("shop.boundary.OutOfStock extends")
          .hasMessageContaining("shop.entity.Overdrawn extends")
          .hasMessageNotContaining("SoldOut")
          .hasMessageNotContaining("StoreOffline");
    }

    @Test
    void everyRuleAcceptsComponentsThatMeetAtTheirDoors() {
      JavaClasses clean = fixture("clean");
      ComponentRules rules = rulesFor("clean");
      rules.otherComponentsOnlyThroughTheirBoundary().check(clean);
      rules.componentsFreeOfCycles().check(clean);
      rules.platformDependsOnNoBusinessComponent().check(clean);
      rules.refusalsOnlyFromThePlatformsVocabulary().check(clean);
      assertThat(rules.importsPastADoor(clean)).isEmpty();
    }
  }
}
