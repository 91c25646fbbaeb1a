package io.skillspassport.web.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The web tier reads "now" from the injected {@link Clock} (produced by the domain's {@code
 * platform.boundary.PortalClock}), never from the system clock — the domain's {@code TimeRulesTest}
 * holds the same rule for the domain and shows it failing on a fixture.
 */
class WebReadsTheInjectedClockTest {

  private static final Set<String> TIME_TYPES =
      Set.of(
          "java.time.Instant",
          "java.time.LocalDate",
          "java.time.LocalDateTime",
          "java.time.LocalTime",
          "java.time.OffsetDateTime",
          "java.time.OffsetTime",
          "java.time.ZonedDateTime",
          "java.time.Year",
          "java.time.YearMonth",
          "java.time.MonthDay");

  @Test
  void noWebClassReadsTheSystemClock() {
    JavaClasses web =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.skillspassport.web");
    noClasses()
        .that()
        .resideInAPackage("io.skillspassport.web..")
        .should()
        .callMethodWhere(
            DescribedPredicate.describe(
                "reads the system clock",
                (JavaCall<?> call) -> {
                  String owner = call.getTargetOwner().getName();
                  String name = call.getName();
                  List<JavaClass> parameters = call.getTarget().getRawParameterTypes();
                  boolean clockArgument =
                      parameters.size() == 1 && parameters.get(0).isAssignableTo(Clock.class);
                  if (TIME_TYPES.contains(owner) && name.equals("now")) {
                    return !clockArgument;
                  }
                  if (owner.equals(Clock.class.getName())) {
                    return name.startsWith("system");
                  }
                  return owner.equals(System.class.getName()) && name.equals("currentTimeMillis");
                }))
        .because("time is read from the injected java.time.Clock")
        .check(web);
  }
}
