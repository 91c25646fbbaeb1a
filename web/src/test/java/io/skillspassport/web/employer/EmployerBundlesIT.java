package io.skillspassport.web.employer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.skillspassport.audit.boundary.AuditAction;
import io.skillspassport.bundles.boundary.BundleConflict;
import io.skillspassport.bundles.boundary.BundleSettings;
import io.skillspassport.bundles.boundary.Bundles;
import io.skillspassport.bundles.boundary.ComparisonPage;
import io.skillspassport.bundles.boundary.ComparisonRow;
import io.skillspassport.bundles.boundary.ComparisonSort;
import io.skillspassport.bundles.boundary.Comparisons;
import io.skillspassport.bundles.boundary.CsvExport;
import io.skillspassport.bundles.boundary.InvitationClosed;
import io.skillspassport.bundles.boundary.InvitationEntry;
import io.skillspassport.bundles.boundary.InvitationStatus;
import io.skillspassport.bundles.boundary.Invitations;
import io.skillspassport.bundles.boundary.NewInvitation;
import io.skillspassport.bundles.boundary.Stability;
import io.skillspassport.platform.boundary.AccessDenied;
import io.skillspassport.platform.boundary.NoSuchRecord;
import io.skillspassport.web.testing.ReadinessCases;
import io.skillspassport.web.testing.TestCaller;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
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
 * Inside Payara Micro, through the boundaries and the real database: bundles are versioned and
 * guarded by organisation, and the comparison ranks exactly the candidates who share, as the
 * scoring module ranks them. Every test works in an organisation and with candidates of its own.
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
   * Five sharing candidates with fixed scores, Data Analysis raised to 0.95 and the threshold to
   * 700: the rows, their order and every figure are those of {@code readiness_cases.tsv} cases
   * {@code bundle-0} … {@code bundle-4}, computed by {@code readiness_fixtures.py} from the brief's
   * formulas, not by the scoring module. Tolerance 1e-6 points, 1e-9 for probabilities.
   */
  @Test
  void theRankingFollowsTheIndependentlyComputedComposites() {
    List<ReadinessCases.Case> cases = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      ReadinessCases.Case c = ReadinessCases.of("bundle-" + i);
      cases.add(c);
      fixtures.share(prefix + i, organisation);
      for (int f = 0; f < ReadinessCases.FAMILIES.size(); f++) {
        fixtures.scored(prefix + i, ReadinessCases.FAMILIES.get(f), c.scores()[f], c.sems()[f]);
      }
    }
    long id = bundles.create(ROLE, "Research " + prefix, null);
    int version = bundles.save(id, withWeight(bundles.detail(id).latest(), DATA, "0.95", 700));

    ComparisonPage page = comparisons.rank(id, null, 0, ComparisonSort.COMPOSITE);

    // Descending composite: bundle-2 (739.57), bundle-4 (690.00), bundle-0 (672.59),
    // bundle-1 (671.48), bundle-3 (591.11).
    List<Integer> order = List.of(2, 4, 0, 1, 3);
    assertEquals(version, page.versionNumber());
    assertEquals(5, page.total());
    assertEquals(
        order.stream().map(i -> prefix + i).toList(),
        page.rows().stream().map(ComparisonRow::candidate).toList());
    for (int r = 0; r < order.size(); r++) {
      ComparisonRow row = page.rows().get(r);
      ReadinessCases.Case want = cases.get(order.get(r));
      assertEquals(700, want.threshold());
      assertEquals(r + 1, row.rank());
      assertEquals(want.composite(), row.composite(), 1e-6);
      assertEquals(want.band90Low(), row.band90Low(), 1e-6);
      assertEquals(want.band90High(), row.band90High(), 1e-6);
      assertEquals(want.probability(), row.probabilityClears(), 1e-9);
      assertEquals(want.verdict(), row.verdict());
    }
  }

  /**
   * The same five passports: under the role's published weights (cases {@code bundle-i-published})
   * the order is 2 (739.93), 4 (690.00), 1 (670.80), 0 (667.20), 3 (592.00), so exactly one of the
   * ten pairs swaps — candidate 0 is ahead under the bundle, candidate 1 under the role — and
   * Kendall's τ = (9 − 1)/10 = 0.8.
   */
  @Test
  void stabilityNamesTheOnePairThatSwapsAgainstThePublishedWeights() {
    for (int i = 0; i < 5; i++) {
      ReadinessCases.Case c = ReadinessCases.of("bundle-" + i);
      fixtures.share(prefix + i, organisation);
      for (int f = 0; f < ReadinessCases.FAMILIES.size(); f++) {
        fixtures.scored(prefix + i, ReadinessCases.FAMILIES.get(f), c.scores()[f], c.sems()[f]);
      }
    }
    long id = bundles.create(ROLE, "Stability " + prefix, null);
    bundles.save(id, withWeight(bundles.detail(id).latest(), DATA, "0.95", 700));

    Stability stability = comparisons.rank(id, null, 0, ComparisonSort.COMPOSITE).stability();

    assertEquals(0.8, stability.tau(), 1e-12);
    assertEquals(5, stability.candidates());
    assertEquals(1, stability.discordantPairs());
    assertTrue(stability.pairsListed());
    assertEquals(List.of(new Stability.Pair(prefix + 0, prefix + 1)), stability.swappedPairs());
    assertEquals(stability, comparisons.stability(id, null));
  }

  @Test
  void aScoreBelowAMinimumIsReportedAsAFailedMinimum() {
    String low = prefix + "low";
    String high = prefix + "high";
    for (String candidate : List.of(low, high)) {
      fixtures.share(candidate, organisation);
      for (String family : FAMILIES) {
        fixtures.result(
            candidate, family, candidate.equals(low) && family.equals(DATA) ? -1 : 1, 0.3);
      }
    }
    long id = bundles.create(ROLE, "Minimums " + prefix, null);
    bundles.save(id, withMinimum(bundles.detail(id).latest(), DATA, 600));

    Map<String, ComparisonRow> rows = rowsByCandidate(id);

    assertEquals(List.of(DATA), rows.get(low).failedMinimums());
    assertEquals(List.of(), rows.get(high).failedMinimums());
  }

  @Test
  void aPassportMissingAWeightedFamilyIsIncompleteAndRankedLast() {
    String complete = prefix + "complete";
    String partial = prefix + "partial";
    fixtures.share(complete, organisation);
    fixtures.share(partial, organisation);
    for (String family : FAMILIES) {
      fixtures.result(complete, family, -1.5, 0.4);
      if (!family.equals(PYTHON)) {
        fixtures.result(partial, family, 2.0, 0.3);
      }
    }
    long id = bundles.create(ROLE, "Missing " + prefix, null);

    ComparisonPage page = comparisons.rank(id, null, 0, ComparisonSort.COMPOSITE);

    assertEquals(complete, page.rows().get(0).candidate());
    ComparisonRow last = page.rows().get(1);
    assertEquals(partial, last.candidate());
    assertEquals("INCOMPLETE", last.verdict());
    assertEquals(List.of(PYTHON), last.missingFamilies());
    assertNull(last.composite());
    assertNull(last.probabilityClears());
  }

  @Test
  void aRevokedCandidateDisappearsAtOnce() {
    String stays = prefix + "stays";
    String leaves = prefix + "leaves";
    fixtures.share(stays, organisation);
    long share = fixtures.share(leaves, organisation);
    for (String family : FAMILIES) {
      fixtures.result(stays, family, 0.5, 0.3);
      fixtures.result(leaves, family, 0.7, 0.3);
    }
    long id = bundles.create(ROLE, "Revocation " + prefix, null);
    assertTrue(rowsByCandidate(id).containsKey(leaves));

    fixtures.revoke(share);

    Map<String, ComparisonRow> after = rowsByCandidate(id);
    assertFalse(after.containsKey(leaves));
    assertTrue(after.containsKey(stays));
    assertThrows(
        AccessDenied.class, () -> comparisons.sideBySide(id, null, List.of(stays, leaves)));
  }

  @Test
  void anEmployerOfAnotherOrganisationNeverSeesTheBundleOrItsCandidates() {
    String mine = prefix + "mine";
    fixtures.share(mine, organisation);
    FAMILIES.forEach(f -> fixtures.result(mine, f, 0.2, 0.3));
    long id = bundles.create(ROLE, "Private " + prefix, null);

    String other = "other-" + organisation;
    String intruder = "omar-" + organisation;
    fixtures.organisation(other);
    caller.signIn(intruder, other, "employer");

    assertThrows(AccessDenied.class, () -> bundles.detail(id));
    assertThrows(AccessDenied.class, () -> bundles.save(id, null));
    assertThrows(AccessDenied.class, () -> bundles.rename(id, 0, "Mine now"));
    assertThrows(AccessDenied.class, () -> comparisons.rank(id, null, 0, ComparisonSort.COMPOSITE));
    assertThrows(AccessDenied.class, () -> comparisons.csv(id, null));
    assertThrows(AccessDenied.class, () -> comparisons.stability(id, null));
    assertEquals(6, fixtures.auditEntries(intruder, AuditAction.ACCESS_DENIED));
    assertTrue(bundles.list().stream().noneMatch(b -> b.id() == id));
    long own = bundles.create(ROLE, "Other's " + prefix, null);
    assertEquals(0, comparisons.rank(own, null, 0, ComparisonSort.COMPOSITE).total());

    caller.signIn("cara-" + organisation, null, "candidate");
    assertThrows(AccessDenied.class, () -> bundles.list());
  }

  @Test
  void anIdThatNamesNoBundleIsNoSuchRecordNotARefusal() {
    // Bundle ids come from a sequence that starts at 1; no test creates 2^62 bundles.
    long unknown = 1L << 62;
    long deniedBefore = fixtures.auditEntries(caller.username(), AuditAction.ACCESS_DENIED);

    assertThrows(NoSuchRecord.class, () -> bundles.detail(unknown));
    assertThrows(NoSuchRecord.class, () -> bundles.save(unknown, null));
    assertThrows(NoSuchRecord.class, () -> bundles.rename(unknown, 0, "Anything"));
    assertThrows(
        NoSuchRecord.class, () -> comparisons.rank(unknown, null, 0, ComparisonSort.COMPOSITE));
    assertThrows(NoSuchRecord.class, () -> comparisons.csv(unknown, null));
    assertThrows(NoSuchRecord.class, () -> comparisons.stability(unknown, null));
    assertEquals(deniedBefore, fixtures.auditEntries(caller.username(), AuditAction.ACCESS_DENIED));

    caller.signIn("cara-" + organisation, null, "candidate");
    assertThrows(AccessDenied.class, () -> bundles.detail(unknown));
  }

  @Test
  void aSaveAfterSomeoneElsesSaveIsAConflictAndWritesNothing() {
    long id = bundles.create(ROLE, "Shared edit " + prefix, null);
    BundleSettings erinsForm = bundles.detail(id).latest();
    BundleSettings franksForm = bundles.detail(id).latest();

    assertEquals(2, bundles.save(id, withWeight(erinsForm, COMMUNICATION, "0.10", null)));
    caller.signIn("frank-" + organisation, organisation, "employer");
    BundleConflict conflict =
        assertThrows(
            BundleConflict.class,
            () -> bundles.save(id, withWeight(franksForm, COMMUNICATION, "0.90", null)));

    assertTrue(conflict.getMessage().startsWith("erin-"), conflict.getMessage());
    assertTrue(conflict.getMessage().contains(" saved version 2 at "), conflict.getMessage());
    assertTrue(
        conflict.getMessage().endsWith("reload to see it — your changes were not saved"),
        conflict.getMessage());
    assertEquals(2, bundles.detail(id).history().size());
    assertEquals(
        new BigDecimal("0.10"),
        bundles.detail(id).latest().families().stream()
            .filter(f -> f.familyCode().equals(COMMUNICATION))
            .findFirst()
            .orElseThrow()
            .weight());
  }

  @Test
  void settingsOutOfRangeAreRefusedNamingTheFieldAndValue() {
    long id = bundles.create(ROLE, "Validation " + prefix, null);
    BundleSettings form = bundles.detail(id).latest();

    IllegalArgumentException weight =
        assertThrows(
            IllegalArgumentException.class,
            () -> bundles.save(id, withWeight(form, DATA, "0.33", null)));
    IllegalArgumentException minimum =
        assertThrows(
            IllegalArgumentException.class, () -> bundles.save(id, withMinimum(form, DATA, 900)));
    BundleSettings nothing =
        new BundleSettings(
            form.basedOnNumber(),
            form.roleVersionNumber(),
            form.threshold(),
            form.families().stream()
                .map(
                    f ->
                        new BundleSettings.FamilySetting(
                            f.familyCode(), f.familyName(), false, f.weight(), null))
                .toList(),
            form.exercises());
    IllegalArgumentException none =
        assertThrows(IllegalArgumentException.class, () -> bundles.save(id, nothing));

    assertTrue(
        weight.getMessage().contains("DATA_ANALYSIS") && weight.getMessage().contains("0.33"));
    assertTrue(
        minimum.getMessage().contains("DATA_ANALYSIS") && minimum.getMessage().contains("900"));
    assertTrue(none.getMessage().contains("At least one included family"));
    assertEquals(1, bundles.detail(id).history().size());
  }

  /**
   * The CSV shows what the pages show. Expected cells by hand: θ = 1.87 with SE 0.34 in every
   * family is S* = 575 + 75·1.87 = 715.25, reported 715, SEM = 75·0.34 = 25.5, shown as 26 (half
   * up); equal family scores give a composite of 715 whatever the weights; SEM_C ≤ 25.5 because
   * Σw̃² ≤ 1, so C − 1.645·SEM_C ≥ 673 clears the role's 650 (Ready) and P = Φ((715 − 650)/SEM_C) ≥
   * Φ(2.55) = 0.9946, shown capped as "&gt;99%".
   */
  @Test
  void theExportGivesWholePointsCappedPercentagesWordsAndEachFamilysScoreAndSem() {
    String strong = prefix + "strong";
    fixtures.share(strong, organisation);
    FAMILIES.forEach(f -> fixtures.result(strong, f, 1.87, 0.34));
    long id = bundles.create(ROLE, "Export " + prefix, null);

    String[] lines = text(comparisons.csv(id, null)).substring(1).split("\r\n");

    long familyColumns =
        java.util.Arrays.stream(lines[1].split(",")).filter(c -> c.endsWith(" SEM\"")).count();
    assertTrue(familyColumns >= 1, lines[1]);
    assertTrue(
        lines[1].contains("\"Python Fundamentals score\",\"Python Fundamentals SEM\""), lines[1]);
    String row =
        java.util.Arrays.stream(lines)
            .filter(l -> l.contains("\"" + strong + "\""))
            .findFirst()
            .orElseThrow();
    assertTrue(
        row.contains("\"" + strong + "\",\"715\",\"") && row.contains(",\"Ready\",\">99%\","), row);
    // Per weighted family: score and SEM, then items administered (none recorded for these
    // fixtures) and the provenance (proctored).
    assertTrue(row.endsWith(",\"715\",\"26\",\"\",\"proctored\"".repeat((int) familyColumns)), row);
  }

  @Test
  void aComparisonPageAndAnExportLogTheCandidatesAsViewed() {
    String seen = prefix + "seen";
    fixtures.share(seen, organisation);
    FAMILIES.forEach(f -> fixtures.result(seen, f, 0.1, 0.3));
    long id = bundles.create(ROLE, "Viewings " + prefix, null);

    comparisons.rank(id, null, 0, ComparisonSort.COMPOSITE);
    var csv = comparisons.csv(id, null);

    String text = text(csv);
    assertTrue(
        text.startsWith("\uFEFF\"bundle\",\"Viewings " + prefix + "\",\"version\",\"1\","), text);
    assertTrue(text.contains("\r\n\"1\",\"" + seen + "\","), text);
    assertEquals(
        List.of(
            "CSV export of Viewings " + prefix + " v1", "comparison of Viewings " + prefix + " v1"),
        fixtures.viewingContexts(seen));
  }

  @Test
  void theExportQuotesEveryCellAndNeutralisesFormulas() {
    String candidate = "-" + prefix + "=1+1";
    fixtures.share(candidate, organisation);
    FAMILIES.forEach(f -> fixtures.result(candidate, f, 0.1, 0.3));
    String name = "Q3;=cmd|'/C calc'!A0 " + prefix;
    long id = bundles.create(ROLE, name, null);

    String text = text(comparisons.csv(id, null));

    String[] lines = text.substring(1).split("\r\n");
    assertTrue(lines[0].startsWith("\"bundle\",\"" + name + "\",\"version\",\"1\","), lines[0]);
    // The fixed columns first (the display name next to the user name, issue 16); per family
    // score, SEM, items and provenance follow.
    assertTrue(
        lines[1].startsWith(
            "\"rank\",\"candidate\",\"name\",\"composite\",\"band90_low\",\"band90_high\",\"verdict\","
                + "\"p_clears\",\"failed_minimums\",\"missing_families\","),
        lines[1]);
    long weighted =
        java.util.Arrays.stream(lines[1].split(",")).filter(c -> c.endsWith(" score\"")).count();
    assertTrue(weighted >= 1, lines[1]);
    assertTrue(
        lines[1].contains(
            "\"Python Fundamentals score\",\"Python Fundamentals SEM\","
                + "\"Python Fundamentals items\",\"Python Fundamentals provenance\""),
        lines[1]);
    assertEquals(10 + 4 * weighted, lines[1].split(",").length, lines[1]);
    assertTrue(lines[2].startsWith("\"1\",\"'" + candidate + "\",\""), lines[2]);
    for (String line : lines) {
      assertTrue(line.startsWith("\"") && line.endsWith("\""), "every cell quoted: " + line);
    }
  }

  private Map<String, ComparisonRow> rowsByCandidate(long id) {
    Map<String, ComparisonRow> rows = new LinkedHashMap<>();
    comparisons
        .rank(id, null, 0, ComparisonSort.COMPOSITE)
        .rows()
        .forEach(r -> rows.put(r.candidate(), r));
    return rows;
  }

  private static BundleSettings withWeight(
      BundleSettings form, String family, String weight, Integer threshold) {
    return new BundleSettings(
        form.basedOnNumber(),
        form.roleVersionNumber(),
        threshold == null ? form.threshold() : threshold,
        form.families().stream()
            .map(
                f ->
                    f.familyCode().equals(family)
                        ? new BundleSettings.FamilySetting(
                            f.familyCode(),
                            f.familyName(),
                            true,
                            new BigDecimal(weight),
                            f.minimum())
                        : f)
            .toList(),
        form.exercises());
  }

  private static BundleSettings withMinimum(BundleSettings form, String family, int minimum) {
    return new BundleSettings(
        form.basedOnNumber(),
        form.roleVersionNumber(),
        form.threshold(),
        form.families().stream()
            .map(
                f ->
                    f.familyCode().equals(family)
                        ? new BundleSettings.FamilySetting(
                            f.familyCode(), f.familyName(), f.included(), f.weight(), minimum)
                        : f)
            .toList(),
        form.exercises());
  }

  private static String text(CsvExport export) {
    var bytes = new java.io.ByteArrayOutputStream();
    try {
      export.writeTo(bytes);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return bytes.toString(StandardCharsets.UTF_8);
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
    assertThrows(InvitationClosed.class, () -> invitations.accept(created.token()));

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
}
