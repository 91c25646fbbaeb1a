package io.skillspassport.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import io.skillspassport.demo.DemoData;
import io.skillspassport.verify.VerifyCommand;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The deploy module's command-line tools take "now" from a {@link Clock} they are given: only a
 * program's entry point, a static {@code main(String[])}, may read the system clock, and it hands
 * the clock on, so that everything a tool writes or decides by the date can be run at a fixed time
 * in a test. The same notion of reading the system clock as the domain's {@code TimeRules} and the
 * web's {@code WebReadsTheInjectedClockTest}: {@code now()} or {@code now(ZoneId)} of a {@code
 * java.time} type, {@code Clock.system…()}, {@code System.currentTimeMillis()}; {@code
 * System.nanoTime()} measures durations and is allowed. Shown failing on a throwaway fixture
 * ({@code architecture.fixture.CommandLineTool}).
 */
class CommandLineClockTest {

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
  void onlyTheToolsEntryPointsReadTheSystemClock() {
    // The module's own main classes (the web and domain classes on the class path are theirs).
    JavaClasses deploy = new ClassFileImporter().importPath(Path.of("target/classes"));

    assertThat(deploy.contain(DemoData.class)).isTrue();
    assertThat(deploy.contain(VerifyCommand.class)).isTrue();
    onlyAStaticMainReadsTheSystemClock().check(deploy);
  }

  @Test
  void theRuleFindsEveryOtherReadingOfTheSystemClockInAFixture() {
    JavaClasses fixture =
        new ClassFileImporter().importPackages("io.skillspassport.architecture.fixture");

    List<String> violations =
        onlyAStaticMainReadsTheSystemClock().evaluate(fixture).getFailureReport().getDetails();

    assertThat(violations).hasSize(3);
    assertThat(violations)
        .anySatisfy(v -> assertThat(v).contains("CommandLineTool.stamp()", "Instant.now()"))
        .anySatisfy(
            v -> assertThat(v).contains("CommandLineTool.millis()", "System.currentTimeMillis()"))
        .anySatisfy(
            v -> assertThat(v).contains("CommandLineTool.main()", "Clock.systemDefaultZone()"));
  }

  static ArchRule onlyAStaticMainReadsTheSystemClock() {
    return noClasses()
        .should()
        .callMethodWhere(
            DescribedPredicate.describe(
                "reads the system clock outside a static main(String[])",
                (JavaCall<?> call) -> readsTheSystemClock(call) && !fromAnEntryPoint(call)))
        .because("a command-line tool hands the clock its main method chose to the code it runs");
  }

  private static boolean fromAnEntryPoint(JavaCall<?> call) {
    JavaCodeUnit origin = call.getOrigin();
    List<JavaClass> parameters = origin.getRawParameterTypes();
    return origin.getName().equals("main")
        && origin.getModifiers().contains(JavaModifier.STATIC)
        && parameters.size() == 1
        && parameters.get(0).isEquivalentTo(String[].class);
  }

  private static boolean readsTheSystemClock(JavaCall<?> call) {
    String owner = call.getTargetOwner().getName();
    String name = call.getName();
    List<JavaClass> parameters = call.getTarget().getRawParameterTypes();
    boolean clockArgument = parameters.size() == 1 && parameters.get(0).isAssignableTo(Clock.class);
    if (TIME_TYPES.contains(owner) && name.equals("now")) {
      return !clockArgument;
    }
    if (owner.equals(Clock.class.getName())) {
      return name.startsWith("system");
    }
    return owner.equals(System.class.getName()) && name.equals("currentTimeMillis");
  }
}
