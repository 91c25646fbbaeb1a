package io.skillspassport.web.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The web tier reaches the domain only through its boundaries (the use cases and the value types
 * they take and return) and the scoring module only through its value types — never an entity, a
 * store or another control class, and never the scoring command-line tool. No import past a door is
 * tolerated (the last, the role editor binding {@code roles.entity.RoleSections}, went when the
 * sections moved to the roles boundary and the editor got its own form); the fixtures under {@code
 * web.architecture.fixture} show the rule failing on a view that binds an entity.
 */
class WebUsesBoundariesTest {

  private static final String ROOT = "io.skillspassport.";

  private static final String FIXTURE = ROOT + "web.architecture.fixture.";

  private static final JavaClasses WEB =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("io.skillspassport");

  @Test
  void webUsesOnlyDomainBoundariesAndScoringValueTypes() {
    webUsesOnlyBoundaries().check(WEB);
  }

  @Test
  void theRuleRejectsAViewThatBindsAnEntity() {
    JavaClasses backdoor = new ClassFileImporter().importPackages(FIXTURE + "backdoor");

    assertThatThrownBy(() -> webUsesOnlyBoundaries().check(backdoor))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("[roles.entity]")
        .hasMessageContaining("EntityBoundView")
        .hasMessageContaining("RoleVersion");
  }

  @Test
  void theRuleAcceptsAViewThatBindsBoundaryValues() {
    JavaClasses clean = new ClassFileImporter().importPackages(FIXTURE + "clean");

    webUsesOnlyBoundaries().check(clean);
  }

  /** No web class imports a domain control or entity, nor the scoring command-line tool. */
  private static ArchRule webUsesOnlyBoundaries() {
    return classes()
        .that()
        .resideInAPackage(ROOT + "web..")
        .should(useOnlyBoundaries())
        .allowEmptyShould(false);
  }

  /** The component and layer of a dependency that is not allowed, e.g. {@code "roles.entity"}. */
  private static Optional<String> pastADoor(Dependency dependency) {
    String target = dependency.getTargetClass().getBaseComponentType().getPackageName();
    if (!target.startsWith(ROOT)) {
      return Optional.empty();
    }
    String[] parts = target.substring(ROOT.length()).split("\\.");
    String component = parts[0];
    if (component.equals("web")) {
      return Optional.empty();
    }
    if (component.equals("scoring")) {
      return parts.length > 1 && parts[1].equals("cli")
          ? Optional.of("scoring.cli")
          : Optional.empty();
    }
    if (parts.length > 1 && parts[1].equals("boundary")) {
      return Optional.empty();
    }
    return Optional.of(component + (parts.length > 1 ? "." + parts[1] : ""));
  }

  private static ArchCondition<JavaClass> useOnlyBoundaries() {
    return new ArchCondition<>("use only domain boundaries and scoring value types") {
      @Override
      public void check(JavaClass item, ConditionEvents events) {
        for (Dependency dependency : item.getDirectDependenciesFromSelf()) {
          Optional<String> kind = pastADoor(dependency);
          if (kind.isPresent()) {
            events.add(
                SimpleConditionEvent.violated(
                    dependency, "[" + kind.get() + "] " + dependency.getDescription()));
          }
        }
      }
    };
  }
}
