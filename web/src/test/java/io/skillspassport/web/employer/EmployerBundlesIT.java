package io.skillspassport.web.employer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.skillspassport.audit.boundary.AuditAction;
import io.skillspassport.bundles.boundary.Bundles;
import io.skillspassport.bundles.boundary.ComparisonRow;
import io.skillspassport.bundles.boundary.ComparisonSort;
import io.skillspassport.bundles.boundary.Comparisons;
import io.skillspassport.bundles.boundary.InvitationEntry;
import io.skillspassport.bundles.boundary.InvitationStatus;
import io.skillspassport.bundles.boundary.Invitations;
import io.skillspassport.bundles.boundary.NewInvitation;
import io.skillspassport.platform.boundary.Conflict;
import io.skillspassport.web.testing.TestCaller;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Inside Payara Micro, through the boundaries and the real database: what needs the container's
 * transactions, persistence unit and shared cache. The bundle, comparison and export rules are
 * tested in Java SE in {@code domain} ({@code BundlesTest}, {@code ComparisonsTest}, {@code
 * InvitationsTest}); every test here works in an organisation and with candidates of its own.
 */
@ExtendWith(ArquillianExtension.class)
class EmployerBundlesIT {

  static final String ROLE = "ml-research-scientist";
  static final String COGNITIVE = "COGNITIVE_REASONING";
  static final String AI_EVAL = "AI_OUTPUT_EVALUATION";
  static final String DATA = "DATA_ANALYSIS";
  static final String PYTHON = "PYTHON_FUNDAMENTALS";
  static final String COLLABORATION = "AI_COLLABORATION_LITERACY";
  static final String COMMUNICATION = "COMMUNICATION";
  static final List<String> FAMILIES =
      List.of(COGNITIVE, AI_EVAL, DATA, PYTHON, COLLABORATION, COMMUNICATION);

  @Deployment
  static WebArchive deployment() {
    return EmployerDeployment.war(EmployerBundlesIT.class);
  }

  @Inject TestCaller caller;

  @Inject Bundles bundles;

  @Inject Comparisons comparisons;

  @Inject EmployerFixtures fixtures;

  @Inject Invitations invitations;

  private String organisation;
  private String prefix;

  @BeforeEach
  void ownOrganisation() {
    String unique = UUID.randomUUID().toString().substring(0, 8);
    organisation = "org-" + unique;
    prefix = "cand-" + unique + "-";
    fixtures.organisation(organisation);
    caller.signIn("erin-" + unique, organisation, "employer");
  }

  /**
   * The invitation use cases through the container's transactions, persistence unit and audit log:
   * accepting consumes the link (the bulk update seen by the next read despite the shared cache),
   * shares through the sharing boundary, and the employer sees the person complete once every
   * family of the bundle has a result.
   */
  @Test
  void anInvitationIsAcceptedOnceSharesAndBecomesCompleteThroughTheContainer() {
    String employer = caller.username();
    long id = bundles.create(ROLE, "Invitations " + prefix, null);
    NewInvitation created = invitations.create(id, "invitee " + prefix, 14);
    String candidate = prefix + "invited";

    caller.signIn(candidate, null, "candidate");
    assertEquals(InvitationStatus.OPEN, invitations.open(created.token()).status());
    assertEquals(6, invitations.open(created.token()).missingCount());
    assertEquals(InvitationStatus.ACCEPTED, invitations.accept(created.token()).status());
    Conflict used = assertThrows(Conflict.class, () -> invitations.accept(created.token()));
    assertEquals("This invitation can no longer be accepted: it has been used.", used.getMessage());

    caller.signIn(employer, organisation, "employer");
    InvitationEntry accepted = invitations.ofBundle(id).get(0);
    assertEquals(InvitationStatus.ACCEPTED, accepted.status());
    assertTrue(accepted.stillShared());
    assertFalse(accepted.complete());
    assertTrue(rowsByCandidate(id).containsKey(candidate));
    FAMILIES.forEach(f -> fixtures.result(candidate, f, 0.1, 0.3));
    assertTrue(invitations.ofBundle(id).get(0).complete());
    assertEquals(1, fixtures.auditEntries(employer, AuditAction.INVITATION_CREATED));
    assertEquals(1, fixtures.auditEntries(candidate, AuditAction.INVITATION_ACCEPTED));
  }

  private Map<String, ComparisonRow> rowsByCandidate(long id) {
    Map<String, ComparisonRow> rows = new LinkedHashMap<>();
    comparisons
        .rank(id, null, 0, ComparisonSort.COMPOSITE)
        .rows()
        .forEach(r -> rows.put(r.candidate(), r));
    return rows;
  }
}
