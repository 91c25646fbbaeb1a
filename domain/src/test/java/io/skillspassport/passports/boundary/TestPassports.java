package io.skillspassport.passports.boundary;

import io.skillspassport.assessments.boundary.TestFamilies;
import io.skillspassport.passports.control.ResultStore;
import io.skillspassport.platform.boundary.Caller;
import io.skillspassport.platform.boundary.Guard;
import io.skillspassport.roles.boundary.TestRoles;
import jakarta.persistence.EntityManager;
import java.time.Clock;

/** Builds the {@link Passports} boundary outside a container, for other components' tests. */
public final class TestPassports {

  private TestPassports() {}

  public static Passports of(EntityManager em, Caller caller, Guard guard) {
    return of(em, caller, guard, Clock.systemUTC());
  }

  /** As {@link #of(EntityManager, Caller, Guard)}, reading "now" from {@code clock}. */
  public static Passports of(EntityManager em, Caller caller, Guard guard, Clock clock) {
    Passports passports = new Passports();
    passports.clock = clock;
    passports.caller = caller;
    passports.guard = guard;
    passports.results = new ResultStore(em);
    passports.families = TestFamilies.of(em);
    passports.roles = TestRoles.of(em);
    return passports;
  }

  /** The employers' door to current results, checking {@code guard}. */
  public static CurrentResults currentResults(EntityManager em, Guard guard) {
    CurrentResults results = new CurrentResults();
    results.guard = guard;
    results.results = new ResultStore(em);
    results.families = TestFamilies.of(em);
    return results;
  }
}
