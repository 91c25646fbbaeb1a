package io.skillspassport.credentials.control;

import io.skillspassport.passports.boundary.ResultRecorded;
import jakarta.persistence.EntityManager;
import java.time.Clock;

/** Delivers a {@link ResultRecorded} event to the observer as CDI would, for SE tests. */
public final class SupersededCredentialsProbe {

  private SupersededCredentialsProbe() {}

  public static void observe(EntityManager em, ResultRecorded event) {
    SupersededCredentials observer = new SupersededCredentials();
    observer.clock = Clock.systemUTC();
    observer.credentials = new IssuedCredentialStore(em);
    observer.onResult(event);
  }
}
