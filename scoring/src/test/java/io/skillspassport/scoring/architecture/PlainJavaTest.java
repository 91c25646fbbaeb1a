package io.skillspassport.scoring.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The scoring math is plain Java: no class of it uses Jakarta EE, JPA, Faces or any other module of
 * the portal. The enforcer rule in the pom keeps such libraries off the classpath; this rule also
 * catches a use that arrives through a library already allowed.
 */
class PlainJavaTest {

  private static final JavaClasses SCORING =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("io.skillspassport.scoring");

  @Test
  void scoringUsesNoJakartaEe() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "jakarta..", "javax.persistence..", "javax.faces..", "org.eclipse.persistence..")
        .check(SCORING);
  }

  @Test
  void scoringUsesNoOtherModuleOfThePortal() {
    noClasses()
        .should()
        .dependOnClassesThat(
            resideInAPackage("io.skillspassport..")
                .and(resideOutsideOfPackage("io.skillspassport.scoring..")))
        .check(SCORING);
  }
}
