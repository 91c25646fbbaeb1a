package io.skillspassport.web.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The web tier reaches the domain only through its boundaries (the use cases and the value types
 * they take and return) and the scoring module only through its value types — never an entity, a
 * store or another control class, and never the scoring command-line tool.
 */
class WebUsesBoundariesTest {

  private static final String ROOT = "io.skillspassport.";

  /**
   * Web classes that still reach past a domain door, as {@code "WebClass -> component.layer"}; the
   * test also fails when one is gone, so that the list only shrinks.
   */
  static final Set<String> KNOWN_DEBT = Set.of("RoleEditorView -> roles.entity");

  private static final JavaClasses WEB =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("io.skillspassport");

  @Test
  void webUsesOnlyDomainBoundariesAndScoringValueTypes() {
    classes()
        .that()
        .resideInAPackage(ROOT + "web..")
        .should(useOnlyBoundaries())
        .allowEmptyShould(false)
        .check(WEB);
  }

  @Test
  void everyToleratedImportPastADoorStillOccurs() {
    Set<String> found = new TreeSet<>();
    for (JavaClass item : WEB) {
      if (item.getPackageName().startsWith(ROOT + "web")) {
        item.getDirectDependenciesFromSelf()
            .forEach(d -> pastADoor(d).ifPresent(k -> found.add(simple(item) + " -> " + k)));
      }
    }
    assertThat(found).containsAll(KNOWN_DEBT);
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

  private static String simple(JavaClass type) {
    String name = type.getName();
    int dollar = name.indexOf('$');
    String outer = dollar < 0 ? name : name.substring(0, dollar);
    return outer.substring(outer.lastIndexOf('.') + 1);
  }

  private static ArchCondition<JavaClass> useOnlyBoundaries() {
    return new ArchCondition<>("use only domain boundaries and scoring value types") {
      @Override
      public void check(JavaClass item, ConditionEvents events) {
        for (Dependency dependency : item.getDirectDependenciesFromSelf()) {
          Optional<String> kind = pastADoor(dependency);
          if (kind.isPresent() && !KNOWN_DEBT.contains(simple(item) + " -> " + kind.get())) {
            events.add(
                SimpleConditionEvent.violated(
                    dependency, "[" + kind.get() + "] " + dependency.getDescription()));
          }
        }
      }
    };
  }
}
