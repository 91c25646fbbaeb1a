package io.skillspassport.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The rules that keep the domain's business components apart, written once for any root package so
 * the same definitions run against the real code ({@code io.skillspassport}) and against the small
 * fixtures under {@code io.skillspassport.architecture.fixture} that prove each rule can fail.
 *
 * <p>A <em>component</em> is a top-level package under the root ({@code roles}, {@code passports},
 * {@code platform}, …); its door is its {@code boundary} package. Packages named in {@code
 * libraries} (the {@code scoring} module, which lives under the same root) are plain-Java value
 * code that every component may use and that is no component.
 *
 * <p>{@code tolerated} names imports past a door that a codebase may write down as debt, as {@code
 * "from -> to.layer"} (e.g. {@code "bundles -> roles.entity"}). This project tolerates none: the 35
 * kinds issue 15 found are gone, and {@link ComponentRulesTest} fails on any import past a door.
 *
 * @param root the package whose direct sub-packages are the components
 * @param platform the component that serves the others and may depend on none of them
 * @param libraries top-level packages under the root that are libraries, not components
 * @param tolerated imports past a door still present, {@code "from -> to.layer"}
 */
record ComponentRules(String root, String platform, Set<String> libraries, Set<String> tolerated) {

  /**
   * The rules for this project: components under {@code io.skillspassport}, scoring a library, no
   * import past a door tolerated (the last of issue 15's debt — 35 kinds — is gone).
   */
  static ComponentRules skillsPassport() {
    return strict("io.skillspassport", "platform", Set.of("scoring"));
  }

  /** The rules with no import past a door tolerated. */
  static ComponentRules strict(String root, String platform, Set<String> libraries) {
    return new ComponentRules(root, platform, libraries, Set.of());
  }

  /**
   * A class in one component may use another component only through that component's {@code
   * boundary} package (its use cases and the value types they take and return) — never its {@code
   * control} or {@code entity} packages.
   */
  ArchRule otherComponentsOnlyThroughTheirBoundary() {
    return classes()
        .that()
        .resideInAPackage(root + "..")
        .should(reachOtherComponentsOnlyThroughTheirBoundary())
        .allowEmptyShould(false);
  }

  /** No chain of imports between components leads back to where it started. */
  ArchRule componentsFreeOfCycles() {
    return slices().assignedFrom(components()).should().beFreeOfCycles();
  }

  /**
   * The platform component (database setup, clock, the guard) serves every business component and
   * so may depend on none of them; otherwise starting the platform would start the business.
   */
  ArchRule platformDependsOnNoBusinessComponent() {
    return noClasses()
        .that()
        .resideInAPackage(root + "." + platform + "..")
        .should(dependOnABusinessComponent())
        .allowEmptyShould(false);
  }

  /**
   * Components refuse with the platform's vocabulary ({@code platform.boundary}: rejected,
   * conflict, not found, access denied), which the web tier maps once to pages and statuses; a type
   * of a component's own would reach the web tier unmapped (as nine once did, each caught by hand).
   * So no class in a component's {@code boundary} or {@code entity} package is an unchecked
   * exception, unless it extends one of the platform's — a subclass that carries data a caller
   * needs. A {@code control} package may keep an exception of its own: no other component and not
   * the web tier can see it, so its own boundary is the one to catch it.
   */
  ArchRule refusalsOnlyFromThePlatformsVocabulary() {
    return noClasses()
        .that()
        .resideInAPackage(root + "..")
        .should(declareARefusalOfItsOwn())
        .allowEmptyShould(false);
  }

  /** The component of a class, if it lies in one (not a library, not outside the root). */
  Optional<String> componentOf(JavaClass type) {
    String name = type.getBaseComponentType().getPackageName();
    String prefix = root + ".";
    if (!name.startsWith(prefix)) {
      return Optional.empty();
    }
    String rest = name.substring(prefix.length());
    int dot = rest.indexOf('.');
    String component = dot < 0 ? rest : rest.substring(0, dot);
    return libraries.contains(component) ? Optional.empty() : Optional.of(component);
  }

  /**
   * Every import past a door in {@code classes}, as {@code "from -> to.layer"} (the form of {@code
   * tolerated}), tolerated or not.
   */
  Set<String> importsPastADoor(Iterable<JavaClass> classes) {
    Set<String> kinds = new TreeSet<>();
    for (JavaClass item : classes) {
      Optional<String> from = componentOf(item);
      if (from.isEmpty()) {
        continue;
      }
      for (Dependency dependency : item.getDirectDependenciesFromSelf()) {
        pastADoor(from.get(), dependency.getTargetClass()).ifPresent(kinds::add);
      }
    }
    return kinds;
  }

  /** {@code "from -> to.layer"} when {@code target} lies in another component, not its boundary. */
  private Optional<String> pastADoor(String from, JavaClass target) {
    Optional<String> to = componentOf(target);
    if (to.isEmpty() || to.get().equals(from) || inBoundaryOf(target, to.get())) {
      return Optional.empty();
    }
    String rest = target.getBaseComponentType().getPackageName().substring(root.length() + 1);
    int second = rest.indexOf('.', rest.indexOf('.') + 1);
    return Optional.of(from + " -> " + (second < 0 ? rest : rest.substring(0, second)));
  }

  private boolean inBoundaryOf(JavaClass type, String component) {
    String boundary = root + "." + component + ".boundary";
    String name = type.getBaseComponentType().getPackageName();
    return name.equals(boundary) || name.startsWith(boundary + ".");
  }

  private ArchCondition<JavaClass> reachOtherComponentsOnlyThroughTheirBoundary() {
    return new ArchCondition<>("reach other components only through their boundary package") {
      @Override
      public void check(JavaClass item, ConditionEvents events) {
        Optional<String> from = componentOf(item);
        if (from.isEmpty()) {
          return;
        }
        for (Dependency dependency : item.getDirectDependenciesFromSelf()) {
          Optional<String> kind = pastADoor(from.get(), dependency.getTargetClass());
          if (kind.isPresent() && !tolerated.contains(kind.get())) {
            events.add(
                SimpleConditionEvent.violated(
                    dependency, "[" + kind.get() + "] " + dependency.getDescription()));
          }
        }
      }
    };
  }

  private ArchCondition<JavaClass> declareARefusalOfItsOwn() {
    String vocabulary = root + "." + platform + ".boundary";
    return new ArchCondition<>(
        "declare an unchecked exception of a boundary or entity of its own") {
      @Override
      public void check(JavaClass item, ConditionEvents events) {
        Optional<String> component = componentOf(item);
        if (component.isEmpty() || !item.isAssignableTo(RuntimeException.class)) {
          return;
        }
        String layer = layerOf(item, component.get());
        boolean door = layer.equals("boundary") || layer.equals("entity");
        boolean vocabularys =
            item.getPackageName().equals(vocabulary)
                || item.getAllRawSuperclasses().stream()
                    .anyMatch(s -> s.getPackageName().equals(vocabulary));
        events.add(
            new SimpleConditionEvent(
                item,
                door && !vocabularys,
                item.getName()
                    + " extends "
                    + item.getRawSuperclass().map(JavaClass::getName).orElse("?")));
      }
    };
  }

  /** The package under the component a class lies in ({@code boundary}, {@code control}, …). */
  private String layerOf(JavaClass type, String component) {
    String name = type.getPackageName();
    String prefix = root + "." + component;
    String rest = name.length() > prefix.length() ? name.substring(prefix.length() + 1) : "";
    int dot = rest.indexOf('.');
    return dot < 0 ? rest : rest.substring(0, dot);
  }

  private ArchCondition<JavaClass> dependOnABusinessComponent() {
    return new ArchCondition<>("depend on a business component") {
      @Override
      public void check(JavaClass item, ConditionEvents events) {
        for (Dependency dependency : item.getDirectDependenciesFromSelf()) {
          Optional<String> to = componentOf(dependency.getTargetClass());
          boolean business = to.isPresent() && !to.get().equals(platform);
          events.add(new SimpleConditionEvent(dependency, business, dependency.getDescription()));
        }
      }
    };
  }

  private SliceAssignment components() {
    return new SliceAssignment() {
      @Override
      public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
        return componentOf(javaClass).map(SliceIdentifier::of).orElse(SliceIdentifier.ignore());
      }

      @Override
      public String getDescription() {
        return "components under " + root;
      }
    };
  }
}
