package io.skillspassport.credentials.control;

import io.skillspassport.credentials.entity.IssuedCredential;
import io.skillspassport.credentials.entity.RevocationReason;
import io.skillspassport.passports.boundary.ResultWithdrawn;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;

/**
 * Retires exported credentials that carry a withdrawn result: every unrevoked credential of the
 * candidate holding that family's result of that measurement time gets its status bit set (reason
 * WITHDRAWN), in the transaction that withdraws the result — the same revocation path as a
 * candidate's own revocation and {@link SupersededCredentials}. Anyone checking such a credential
 * then sees it revoked.
 */
@ApplicationScoped
public class WithdrawnCredentials {

  @Inject Clock clock;

  @Inject IssuedCredentialStore credentials;

  void onWithdrawal(@Observes ResultWithdrawn withdrawn) {
    Instant now = Instant.now(clock);
    for (IssuedCredential c :
        credentials.carrying(
            withdrawn.candidate(), withdrawn.familyCode(), withdrawn.measuredAt())) {
      c.revoke(now, RevocationReason.WITHDRAWN);
    }
  }
}
