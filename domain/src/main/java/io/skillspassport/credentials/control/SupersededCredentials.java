package io.skillspassport.credentials.control;

import io.skillspassport.credentials.entity.IssuedCredential;
import io.skillspassport.credentials.entity.RevocationReason;
import io.skillspassport.passports.boundary.ResultRecorded;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;

/**
 * Retires exported credentials that a newer result makes stale: when a result for a family reaches
 * a candidate's passport, every unrevoked credential of theirs carrying an older result for that
 * family gets its status bit set (reason SUPERSEDED), in the same transaction that adds the result.
 * An employer checking such a credential sees it revoked and asks for the current one.
 */
@ApplicationScoped
public class SupersededCredentials {

  @Inject Clock clock;

  @Inject IssuedCredentialStore credentials;

  void onResult(@Observes ResultRecorded result) {
    Instant now = Instant.now(clock);
    for (IssuedCredential c :
        credentials.supersededBy(result.candidate(), result.familyCode(), result.measuredAt())) {
      c.revoke(now, RevocationReason.SUPERSEDED);
    }
  }
}
