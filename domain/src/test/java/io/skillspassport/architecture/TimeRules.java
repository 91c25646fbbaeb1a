package io.skillspassport.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchRule;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;

/**
 * "Now" comes from the injected {@link Clock}: no class but the one producer may read the system
 * clock, so that every rule that compares a stored instant with the present can be tested with a
 * fixed or offset clock.
 *
 * <p>Reading the system clock means: {@code now()} or {@code now(ZoneId)} of a {@code java.time}
 * type (those read the system clock; {@code now(Clock)} does not), {@code Clock.systemUTC()},
 * {@code Clock.systemDefaultZone()}, {@code Clock.system(ZoneId)}, and {@code
 * System.currentTimeMillis()}. {@code System.nanoTime()} is allowed: it measures durations and says
 * nothing about the date.
 */
final class TimeRules {

  private static final Set<String> TIME_TYPES =
      Set.of(
          Instant.class.getName(),
          LocalDate.class.getName(),
          LocalDateTime.class.getName(),
          LocalTime.class.getName(),
          OffsetDateTime.class.getName(),
          OffsetTime.class.getName(),
          ZonedDateTime.class.getName(),
          Year.class.getName(),
          YearMonth.class.getName(),
          MonthDay.class.getName());

  private TimeRules() {}

  /**
   * No class under {@code root} except {@code producer} reads the system clock.
   *
   * @param root the package whose classes (and sub-packages) the rule covers
   * @param producer the fully qualified name of the one class that may
   */
  static ArchRule onlyTheProducerReadsTheSystemClock(String root, String producer) {
    return noClasses()
        .that()
        .resideInAPackage(root + "..")
        .and()
        .doNotHaveFullyQualifiedName(producer)
        .should()
        .callMethodWhere(readsTheSystemClock())
        .because("time is read from the injected java.time.Clock (" + producer + ")");
  }

  static DescribedPredicate<JavaCall<?>> readsTheSystemClock() {
    return DescribedPredicate.describe(
        "reads the system clock",
        call -> {
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
        });
  }
}
