package io.skillspassport.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleName;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The domain reads "now" only through the injected clock ({@link TimeRules}), and the same rule
 * rejects each way of reading the system clock in a fixture ({@code architecture.fixture.clock}).
 */
class TimeRulesTest {

  private static final String PRODUCER = "io.skillspassport.platform.boundary.PortalClock";
  private static final String FIXTURE = "io.skillspassport.architecture.fixture.clock";

  @Test
  void noMainClassButTheProducerReadsTheSystemClock() {
    JavaClasses domain =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.skillspassport");
    TimeRules.onlyTheProducerReadsTheSystemClock("io.skillspassport", PRODUCER).check(domain);
  }

  @Test
  void ruleAcceptsTimeReadFromAnInjectedClockAndItsProducer() {
    JavaClasses fixture = new ClassFileImporter().importPackages(FIXTURE);
    TimeRules.onlyTheProducerReadsTheSystemClock(FIXTURE, FIXTURE + ".TheProducer")
        .check(fixture.that(not(simpleName("Stamps"))));
  }

  @Test
  void ruleRejectsEveryWayOfReadingTheSystemClock() {
    JavaClasses fixture = new ClassFileImporter().importPackages(FIXTURE);
    assertThatThrownBy(
            () ->
                TimeRules.onlyTheProducerReadsTheSystemClock(FIXTURE, FIXTURE + ".TheProducer")
                    .check(fixture))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Stamps.instant()")
        .hasMessageContaining("Instant.now()")
        .hasMessageContaining("Stamps.today()")
        .hasMessageContaining("LocalDate.now(java.time.ZoneId)")
        .hasMessageContaining("Stamps.clock()")
        .hasMessageContaining("Clock.systemUTC()")
        .hasMessageContaining("Stamps.millis()")
        .hasMessageContaining("System.currentTimeMillis()")
        .hasMessageNotContaining("Injected.")
        .hasMessageNotContaining("TheProducer.clock()");
  }
}
