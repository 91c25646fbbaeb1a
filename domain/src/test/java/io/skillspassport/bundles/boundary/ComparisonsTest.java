package io.skillspassport.bundles.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.skillspassport.audit.boundary.AuditAction;
import io.skillspassport.audit.control.AuditLogFixture;
import io.skillspassport.bundles.control.BundleAccessFixture;
import io.skillspassport.bundles.control.BundleStore;
import io.skillspassport.bundles.control.SharedScores;
import io.skillspassport.bundles.control.ViewingLog;
import io.skillspassport.organisations.control.OrganisationStore;
import io.skillspassport.organisations.entity.EmployerOrganisation;
import io.skillspassport.passports.boundary.Provenance;
import io.skillspassport.passports.control.ResultStore;
import io.skillspassport.passports.entity.FamilyResult;
import io.skillspassport.platform.boundary.AccessDenied;
import io.skillspassport.platform.boundary.Guard;
import io.skillspassport.platform.boundary.NotFound;
import io.skillspassport.platform.boundary.Rejected;
import io.skillspassport.sharing.control.ShareStore;
import io.skillspassport.sharing.entity.PassportShare;
import io.skillspassport.testing.Database;
import io.skillspassport.testing.FixedCaller;
import io.skillspassport.testing.ReadinessCases;
import io.skillspassport.testing.ShippedFamiliesAndRoles;
import jakarta.persistence.EntityManager;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The comparison use cases through the real stores, the real JDBC ranking query ({@link
 * SharedScores}) and the real viewing log on a migrated H2 holding the shipped families and the ML
 * Research Scientist role (published weights 0.75, 0.65, 0.65, 0.60, 0.55, 0.55, threshold 650):
 * the ranking is exactly the candidates who share, ordered and scored as the independently computed
 * fixtures say; the stability against the published weights names the pairs that swap; the CSV
 * export shows what the pages show; every shown candidate is logged as viewed; another
 * organisation's employer is refused and the refusal recorded; an unknown bundle is no record.
 *
 * <p>Moved from {@code web}'s {@code EmployerBundlesIT}, same assertions; the invitation test that
 * needs the container's shared cache stays there. Expected figures come from {@code
 * /reference/readiness_cases.tsv} (written by {@code readiness_fixtures.py} from the product
 * brief's formulas, not by the scoring module) or are worked by hand in the test's Javadoc.
 *
 * <p>One database for the class; every test works in an organisation and with candidates of its
 * own, so the tests do not see each other's shares or bundles and may run in any order.
 */
class ComparisonsTest {

  private static final String ROLE = "ml-research-scientist";
  private static final String COGNITIVE = "COGNITIVE_REASONING";
  private static final String AI_EVAL = "AI_OUTPUT_EVALUATION";
  private static final String DATA = "DATA_ANALYSIS";
  private static final String PYTHON = "PYTHON_FUNDAMENTALS";
  private static final String COLLABORATION = "AI_COLLABORATION_LITERACY";
  private static final String COMMUNICATION = "COMMUNICATION";
  private static final List<String> FAMILIES =
      List.of(COGNITIVE, AI_EVAL, DATA, PYTHON, COLLABORATION, COMMUNICATION);

  private static Database db;
  private static DataSource source;

  private FixedCaller caller;
  private String organisation;
  private String prefix;

  /** "what: reason" of every refusal the guard would have had recorded. */
  private final List<String> denied = new ArrayList<>();

  @BeforeAll
  static void shippedContent() {
    db = ShippedFamiliesAndRoles.database(ComparisonsTest.class);
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL(db.url());
    h2.setUser(db.user());
    source = h2;
  }

  @BeforeEach
  void anEmployerOfANewOrganisation() {
    String unique = UUID.randomUUID().toString().substring(0, 8);
    organisation = "org-" + unique;
    prefix = "cand-" + unique + "-";
    organisation(organisation);
    caller = FixedCaller.employer("erin-" + unique, organisation);
  }

  /**
   * Five sharing candidates with fixed scores, Data Analysis raised to 0.95 and the threshold to
   * 700: the rows, their order and every figure are those of {@code readiness_cases.tsv} cases
   * {@code bundle-0} … {@code bundle-4}. Tolerance 1e-6 points, 1e-9 for probabilities.
   */
  @Test
  void theRankingFollowsTheIndependentlyComputedComposites() {
    List<ReadinessCases.Case> cases = fiveFixtureCandidates();
    long id = bundles(b -> b.create(ROLE, "Research " + prefix, null));
    int version = bundles(b -> b.save(id, withWeight(b.detail(id).latest(), DATA, "0.95", 700)));

    ComparisonPage page = comparisons(c -> c.rank(id, null, 0, ComparisonSort.COMPOSITE));

    // Descending composite: bundle-2 (739.57), bundle-4 (690.00), bundle-0 (672.59),
    // bundle-1 (671.48), bundle-3 (591.11).
    List<Integer> order = List.of(2, 4, 0, 1, 3);
    assertThat(page.versionNumber()).isEqualTo(version).isEqualTo(2);
    assertThat(page.latestNumber()).isEqualTo(2);
    assertThat(page.threshold()).isEqualTo(700);
    assertThat(page.total()).isEqualTo(5);
    assertThat(page.page()).isZero();
    assertThat(page.rows())
        .extracting(ComparisonRow::candidate)
        .containsExactlyElementsOf(order.stream().map(i -> prefix + i).toList());
    for (int r = 0; r < order.size(); r++) {
      ComparisonRow row = page.rows().get(r);
      ReadinessCases.Case want = cases.get(order.get(r));
      assertThat(want.threshold()).isEqualTo(700);
      assertThat(row.rank()).isEqualTo(r + 1);
      assertThat(row.composite()).isCloseTo(want.composite(), within(1e-6));
      assertThat(row.band90Low()).isCloseTo(want.band90Low(), within(1e-6));
      assertThat(row.band90High()).isCloseTo(want.band90High(), within(1e-6));
      assertThat(row.probabilityClears()).isCloseTo(want.probability(), within(1e-9));
      assertThat(row.verdict()).isEqualTo(want.verdict());
      assertThat(row.scores()).extracting(ScoreBasis::family).containsExactlyElementsOf(FAMILIES);
      assertThat(row.scores())
          .extracting(ScoreBasis::score)
          .containsExactly(Arrays.stream(want.scores()).boxed().toArray(Integer[]::new));
    }
  }

  /**
   * The same five passports sorted by name and by probability: the names are {@code prefix + i}, so
   * by name the order is 0…4; by P(clears) it is that of the fixture's {@code p} column: bundle-2
   * (0.99988), bundle-4 (0.176), bundle-0 (0.00539), bundle-1 (0.00399), bundle-3 (2e-24). The rank
   * stays the composite rank whatever the sort.
   */
  @Test
  void sortingByNameOrByProbabilityReordersTheRowsButKeepsTheirRanks() {
    fiveFixtureCandidates();
    long id = bundles(b -> b.create(ROLE, "Sorted " + prefix, null));
    bundles(b -> b.save(id, withWeight(b.detail(id).latest(), DATA, "0.95", 700)));

    ComparisonPage byName = comparisons(c -> c.rank(id, null, 0, ComparisonSort.NAME));
    ComparisonPage byProbability =
        comparisons(c -> c.rank(id, null, 0, ComparisonSort.PROBABILITY));

    assertThat(byName.rows())
        .extracting(ComparisonRow::candidate, ComparisonRow::rank)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(prefix + 0, 3),
            org.assertj.core.groups.Tuple.tuple(prefix + 1, 4),
            org.assertj.core.groups.Tuple.tuple(prefix + 2, 1),
            org.assertj.core.groups.Tuple.tuple(prefix + 3, 5),
            org.assertj.core.groups.Tuple.tuple(prefix + 4, 2));
    assertThat(byName.sort()).isEqualTo(ComparisonSort.NAME);
    assertThat(byProbability.rows())
        .extracting(ComparisonRow::candidate)
        .containsExactly(prefix + 2, prefix + 4, prefix + 0, prefix + 1, prefix + 3);
  }

  /**
   * Sorting by P(clears) is not sorting by composite: with equal scores in every family the
   * composite is that score and SEM_C = SEM·√Σw̃² = SEM·0.41075 (Σw̃² = 0.16871 for the role's
   * weights). Dana θ = 2 (725, SE 0.3) clears for certain; Ben θ = 0.9 (643, SE 0.1: SEM_C 3.08, z
   * = −2.27, P ≈ 0.012) outranks Abe θ = 0.8 (635, SE 1.0: SEM_C 30.8, z = −0.49, P ≈ 0.31) by
   * composite but not by probability; Cal, missing Python, has no P and comes last either way.
   */
  @Test
  void sortingByProbabilityPutsAnUncertainCandidateAheadOfAPreciseOneWithAHigherComposite() {
    for (String family : FAMILIES) {
      result(prefix + "dana", family, 2.0, 0.3);
      result(prefix + "ben", family, 0.9, 0.1);
      result(prefix + "abe", family, 0.8, 1.0);
      if (!family.equals(PYTHON)) {
        result(prefix + "cal", family, 1.5, 0.3);
      }
    }
    for (String name : List.of("dana", "ben", "abe", "cal")) {
      share(prefix + name);
    }
    long id = bundles(b -> b.create(ROLE, "Probability " + prefix, null));

    ComparisonPage byComposite = comparisons(c -> c.rank(id, null, 0, ComparisonSort.COMPOSITE));
    ComparisonPage byProbability =
        comparisons(c -> c.rank(id, null, 0, ComparisonSort.PROBABILITY));

    assertThat(byComposite.rows())
        .extracting(ComparisonRow::candidate)
        .containsExactly(prefix + "dana", prefix + "ben", prefix + "abe", prefix + "cal");
    assertThat(byProbability.rows())
        .extracting(ComparisonRow::candidate)
        .containsExactly(prefix + "dana", prefix + "abe", prefix + "ben", prefix + "cal");
    assertThat(byProbability.rows().get(1).probabilityClears()).isBetween(0.30, 0.33);
    assertThat(byProbability.rows().get(2).probabilityClears()).isBetween(0.010, 0.013);
  }

  /**
   * The same five passports: under the role's published weights (cases {@code bundle-i-published})
   * the order is 2 (739.93), 4 (690.00), 1 (670.80), 0 (667.20), 3 (592.00), so exactly one of the
   * ten pairs swaps — candidate 0 is ahead under the bundle, candidate 1 under the role — and
   * Kendall's τ = (9 − 1)/10 = 0.8.
   */
  @Test
  void stabilityNamesTheOnePairThatSwapsAgainstThePublishedWeights() {
    fiveFixtureCandidates();
    long id = bundles(b -> b.create(ROLE, "Stability " + prefix, null));
    bundles(b -> b.save(id, withWeight(b.detail(id).latest(), DATA, "0.95", 700)));

    Stability stability =
        comparisons(c -> c.rank(id, null, 0, ComparisonSort.COMPOSITE)).stability();

    assertThat(stability.tau()).isCloseTo(0.8, within(1e-12));
    assertThat(stability.candidates()).isEqualTo(5);
    assertThat(stability.discordantPairs()).isEqualTo(1);
    assertThat(stability.pairsListed()).isTrue();
    assertThat(stability.swappedPairs())
        .containsExactly(new Stability.Pair(prefix + 0, prefix + 1));
    assertThat(stability.roleVersionNumber()).isEqualTo(1);
    assertThat(this.<Stability>comparisons(c -> c.stability(id, null))).isEqualTo(stability);
    // Version 1 is the role's own weights and threshold: nothing swaps, τ = 1.
    Stability unchanged = comparisons(c -> c.stability(id, 1));
    assertThat(unchanged.tau()).isCloseTo(1.0, within(1e-12));
    assertThat(unchanged.discordantPairs()).isZero();
    assertThat(unchanged.swappedPairs()).isEmpty();
  }

  /** With fewer than two candidates there is no pair to compare: τ is absent, not 1 or 0. */
  @Test
  void stabilityOfALoneCandidateHasNoTau() {
    String alone = prefix + "alone";
    share(alone);
    FAMILIES.forEach(f -> result(alone, f, 0.3, 0.3));
    long id = bundles(b -> b.create(ROLE, "Alone " + prefix, null));

    Stability stability = comparisons(c -> c.stability(id, null));

    assertThat(stability.tau()).isNull();
    assertThat(stability.candidates()).isEqualTo(1);
    assertThat(stability.swappedPairs()).isEmpty();
  }

  @Test
  void aScoreBelowAMinimumIsReportedAsAFailedMinimum() {
    String low = prefix + "low";
    String high = prefix + "high";
    for (String candidate : List.of(low, high)) {
      share(candidate);
      for (String family : FAMILIES) {
        result(candidate, family, candidate.equals(low) && family.equals(DATA) ? -1 : 1, 0.3);
      }
    }
    long id = bundles(b -> b.create(ROLE, "Minimums " + prefix, null));
    bundles(b -> b.save(id, withMinimum(b.detail(id).latest(), DATA, 600)));

    Map<String, ComparisonRow> rows = rowsByCandidate(id);

    // θ = −1 is 575 − 75 = 500 < 600; θ = 1 is 650 ≥ 600.
    assertThat(rows.get(low).failedMinimums()).containsExactly(DATA);
    assertThat(rows.get(high).failedMinimums()).isEmpty();
  }

  @Test
  void aPassportMissingAWeightedFamilyIsIncompleteAndRankedLast() {
    String complete = prefix + "complete";
    String partial = prefix + "partial";
    share(complete);
    share(partial);
    for (String family : FAMILIES) {
      result(complete, family, -1.5, 0.4);
      if (!family.equals(PYTHON)) {
        result(partial, family, 2.0, 0.3);
      }
    }
    long id = bundles(b -> b.create(ROLE, "Missing " + prefix, null));

    ComparisonPage page = comparisons(c -> c.rank(id, null, 0, ComparisonSort.COMPOSITE));

    assertThat(page.rows().get(0).candidate()).isEqualTo(complete);
    ComparisonRow last = page.rows().get(1);
    assertThat(last.candidate()).isEqualTo(partial);
    assertThat(last.verdict()).isEqualTo("INCOMPLETE");
    assertThat(last.missingFamilies()).containsExactly(PYTHON);
    assertThat(last.composite()).isNull();
    assertThat(last.band90Low()).isNull();
    assertThat(last.probabilityClears()).isNull();
  }

  @Test
  void aRevokedCandidateDisappearsAtOnceAndCannotBeComparedSideBySide() {
    String stays = prefix + "stays";
    String leaves = prefix + "leaves";
    share(stays);
    long share = share(leaves);
    for (String family : FAMILIES) {
      result(stays, family, 0.5, 0.3);
      result(leaves, family, 0.7, 0.3);
    }
    long id = bundles(b -> b.create(ROLE, "Revocation " + prefix, null));
    assertThat(rowsByCandidate(id)).containsKey(leaves);

    db.run(em -> new ShareStore(em).byId(share).orElseThrow().revoke(Instant.now()));

    Map<String, ComparisonRow> after = rowsByCandidate(id);
    assertThat(after).containsOnlyKeys(stays);
    assertThatThrownBy(() -> comparisons(c -> c.sideBySide(id, null, List.of(stays, leaves))))
        .isInstanceOf(AccessDenied.class);
    assertThat(denied).containsExactly("passport of " + leaves);
  }

  /**
   * Two candidates side by side: each column holds the row the ranking shows and every family's
   * score as stored. θ = 0.5 and 0.7 with SE 0.3 in every family are 575 + 75θ = 612.5 → 613 (half
   * up) and 627.5 → 628, SEM 22.5; the higher θ ranks first.
   */
  @Test
  void sideBySideShowsTheRankedRowsAndEachFamilysStoredScore() {
    String first = prefix + "first";
    String second = prefix + "second";
    share(first);
    share(second);
    for (String family : FAMILIES) {
      result(first, family, 0.7, 0.3);
      result(second, family, 0.5, 0.3);
    }
    long id = bundles(b -> b.create(ROLE, "Side " + prefix, null));

    SideBySide side = comparisons(c -> c.sideBySide(id, null, List.of(second, first, second)));

    assertThat(side.candidates()).hasSize(2);
    SideBySide.Column left = side.candidates().get(0);
    SideBySide.Column right = side.candidates().get(1);
    assertThat(left.row().candidate()).isEqualTo(second);
    assertThat(left.row().rank()).isEqualTo(2);
    assertThat(right.row().rank()).isEqualTo(1);
    assertThat(left.families()).containsOnlyKeys(FAMILIES);
    assertThat(left.families().get(DATA).score()).isEqualTo(613);
    assertThat(right.families().get(DATA).score()).isEqualTo(628);
    assertThat(right.families().get(DATA).sem()).isCloseTo(22.5, within(1e-9));
    assertThat(right.families().get(DATA).provenance()).isEqualTo("PROCTORED");
    assertThat(side.threshold()).isEqualTo(650);
    assertThat(viewingContexts(first)).containsExactly("side by side in Side " + prefix + " v1");
    assertThat(auditEntries(caller.username(), AuditAction.PASSPORT_VIEWED)).isEqualTo(1);
    assertThatThrownBy(() -> comparisons(c -> c.sideBySide(id, null, List.of(first))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("picked 1");
  }

  @Test
  void anEmployerOfAnotherOrganisationNeverSeesTheBundleOrItsCandidates() {
    String mine = prefix + "mine";
    share(mine);
    FAMILIES.forEach(f -> result(mine, f, 0.2, 0.3));
    long id = bundles(b -> b.create(ROLE, "Private " + prefix, null));

    String other = "other-" + organisation;
    organisation(other);
    caller = FixedCaller.employer("omar-" + organisation, other);

    assertThatThrownBy(() -> bundles(b -> b.detail(id))).isInstanceOf(AccessDenied.class);
    assertThatThrownBy(() -> bundles(b -> b.save(id, null))).isInstanceOf(AccessDenied.class);
    assertThatThrownBy(() -> comparisons(c -> c.rank(id, null, 0, ComparisonSort.COMPOSITE)))
        .isInstanceOf(AccessDenied.class);
    assertThatThrownBy(() -> comparisons(c -> c.csv(id, null))).isInstanceOf(AccessDenied.class);
    assertThatThrownBy(() -> comparisons(c -> c.stability(id, null)))
        .isInstanceOf(AccessDenied.class);
    assertThatThrownBy(() -> comparisons(c -> c.preview(id, null, 5)))
        .isInstanceOf(AccessDenied.class);
    assertThat(denied).hasSize(6).allMatch(d -> d.startsWith("bundle " + id));
    assertThat(bundles(Bundles::list)).noneMatch(b -> b.id() == id);
    long own = bundles(b -> b.create(ROLE, "Other's " + prefix, null));
    assertThat(comparisons(c -> c.rank(own, null, 0, ComparisonSort.COMPOSITE)).total()).isZero();
    assertThat(viewingContexts(mine)).isEmpty();
  }

  @Test
  void anIdThatNamesNoBundleIsNoSuchRecordNotARefusal() {
    // Bundle ids come from a sequence that starts at 1; no test creates 2^62 bundles.
    long unknown = 1L << 62;

    assertThatThrownBy(() -> comparisons(c -> c.rank(unknown, null, 0, ComparisonSort.COMPOSITE)))
        .isInstanceOf(NotFound.class);
    assertThatThrownBy(() -> comparisons(c -> c.csv(unknown, null))).isInstanceOf(NotFound.class);
    assertThatThrownBy(() -> comparisons(c -> c.stability(unknown, null)))
        .isInstanceOf(NotFound.class);
    assertThat(denied).isEmpty();

    long id = bundles(b -> b.create(ROLE, "Versions " + prefix, null));
    assertThatThrownBy(() -> comparisons(c -> c.rank(id, 7, 0, ComparisonSort.COMPOSITE)))
        .isInstanceOf(NotFound.class)
        .hasMessageContaining("has no version 7");

    caller = FixedCaller.candidate("cara-" + organisation);
    assertThatThrownBy(() -> comparisons(c -> c.rank(unknown, null, 0, ComparisonSort.COMPOSITE)))
        .isInstanceOf(AccessDenied.class);
  }

  /**
   * Pages of 25: 27 candidates make two pages, the second holding ranks 26 and 27; a page past the
   * end is clamped to the last. θ = i/10 for candidate i, so candidate 26 ranks first and 0 last.
   */
  @Test
  void theRankingIsPagedByTwentyFiveAndAPagePastTheEndIsTheLast() {
    for (int i = 0; i < 27; i++) {
      String candidate = prefix + String.format("%02d", i);
      share(candidate);
      double theta = i / 10.0;
      FAMILIES.forEach(f -> result(candidate, f, theta, 0.3));
    }
    long id = bundles(b -> b.create(ROLE, "Pages " + prefix, null));

    ComparisonPage first = comparisons(c -> c.rank(id, null, 0, ComparisonSort.COMPOSITE));
    ComparisonPage last = comparisons(c -> c.rank(id, null, 9, ComparisonSort.COMPOSITE));

    assertThat(first.total()).isEqualTo(27);
    assertThat(first.pageSize()).isEqualTo(Comparisons.PAGE_SIZE).isEqualTo(25);
    assertThat(first.rows()).hasSize(25);
    assertThat(first.rows().get(0).candidate()).isEqualTo(prefix + "26");
    assertThat(last.page()).isEqualTo(1);
    assertThat(last.rows())
        .extracting(ComparisonRow::rank, ComparisonRow::candidate)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(26, prefix + "01"),
            org.assertj.core.groups.Tuple.tuple(27, prefix + "00"));
  }

  /**
   * The editor's preview ranks by the settings on the form, saved or not: with Python weighted 1
   * and every other family switched off, the candidate strong in Python leads although the other is
   * stronger everywhere else. Only the top {@code limit} rows are returned; no family counting is
   * refused.
   */
  @Test
  void thePreviewRanksByTheUnsavedSettingsAndRefusesSettingsWhereNothingCounts() {
    String coder = prefix + "coder";
    String allRounder = prefix + "all-rounder";
    share(coder);
    share(allRounder);
    for (String family : FAMILIES) {
      result(coder, family, family.equals(PYTHON) ? 2.0 : -1.0, 0.3);
      result(allRounder, family, family.equals(PYTHON) ? 1.0 : 1.5, 0.3);
    }
    long id = bundles(b -> b.create(ROLE, "Preview " + prefix, null));
    BundleSettings form = bundles(b -> b.detail(id)).latest();
    BundleSettings pythonOnly = onlyIncluded(form, PYTHON);

    List<ComparisonRow> saved = comparisons(c -> c.preview(id, form, 5));
    List<ComparisonRow> edited = comparisons(c -> c.preview(id, pythonOnly, 1));

    assertThat(saved).extracting(ComparisonRow::candidate).containsExactly(allRounder, coder);
    assertThat(edited).extracting(ComparisonRow::candidate).containsExactly(coder);
    // θ = 2: 575 + 150 = 725 is the whole composite when Python is the only family.
    assertThat(edited.get(0).composite()).isCloseTo(725.0, within(1e-9));
    assertThat(bundles(b -> b.detail(id)).history()).hasSize(1);
    assertThatThrownBy(() -> comparisons(c -> c.preview(id, onlyIncluded(form), 5)))
        .isInstanceOf(Rejected.class)
        .hasMessageContaining("At least one included family");
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
    share(strong);
    FAMILIES.forEach(f -> result(strong, f, 1.87, 0.34));
    long id = bundles(b -> b.create(ROLE, "Export " + prefix, null));

    CsvExport export = comparisons(c -> c.csv(id, null));
    String[] lines = text(export).substring(1).split("\r\n");

    assertThat(export.fileName()).isEqualTo("export-cand-" + prefix.substring(5, 13) + "-v1.csv");
    long familyColumns =
        Arrays.stream(lines[1].split(",")).filter(c -> c.endsWith(" SEM\"")).count();
    assertThat(familyColumns).isEqualTo(6);
    assertThat(lines[1]).contains("\"Python Fundamentals score\",\"Python Fundamentals SEM\"");
    String row =
        Arrays.stream(lines)
            .filter(l -> l.contains("\"" + strong + "\""))
            .findFirst()
            .orElseThrow();
    assertThat(row).contains("\"" + strong + "\",\"715\",\"").contains(",\"Ready\",\">99%\",");
    // Per weighted family: score and SEM, then items administered (none recorded for these
    // fixtures) and the provenance (proctored).
    assertThat(row).endsWith(",\"715\",\"26\",\"\",\"proctored\"".repeat((int) familyColumns));
    assertThat(auditEntries(caller.username(), AuditAction.PASSPORT_VIEWED)).isEqualTo(1);
  }

  @Test
  void aComparisonPageAndAnExportLogTheCandidatesAsViewed() {
    String seen = prefix + "seen";
    share(seen);
    FAMILIES.forEach(f -> result(seen, f, 0.1, 0.3));
    long id = bundles(b -> b.create(ROLE, "Viewings " + prefix, null));

    comparisons(c -> c.rank(id, null, 0, ComparisonSort.COMPOSITE));
    String text = text(comparisons(c -> c.csv(id, null)));

    assertThat(text).startsWith("\uFEFF\"bundle\",\"Viewings " + prefix + "\",\"version\",\"1\",");
    assertThat(text).contains("\r\n\"1\",\"" + seen + "\",");
    assertThat(viewingContexts(seen))
        .containsExactly(
            "CSV export of Viewings " + prefix + " v1", "comparison of Viewings " + prefix + " v1");
  }

  @Test
  void theExportQuotesEveryCellAndNeutralisesFormulas() {
    String candidate = "-" + prefix + "=1+1";
    share(candidate);
    FAMILIES.forEach(f -> result(candidate, f, 0.1, 0.3));
    String name = "Q3;=cmd|'/C calc'!A0 " + prefix;
    long id = bundles(b -> b.create(ROLE, name, null));

    String text = text(comparisons(c -> c.csv(id, null)));

    String[] lines = text.substring(1).split("\r\n");
    assertThat(lines[0]).startsWith("\"bundle\",\"" + name + "\",\"version\",\"1\",");
    // Rank, user name and display name first; per family score, SEM, items and provenance.
    assertThat(lines[1])
        .startsWith(
            "\"rank\",\"candidate\",\"name\",\"composite\",\"band90_low\",\"band90_high\",\"verdict\","
                + "\"p_clears\",\"failed_minimums\",\"missing_families\",")
        .contains(
            "\"Python Fundamentals score\",\"Python Fundamentals SEM\","
                + "\"Python Fundamentals items\",\"Python Fundamentals provenance\"");
    assertThat(lines[1].split(",")).hasSize(10 + 4 * 6);
    assertThat(lines[2]).startsWith("\"1\",\"'" + candidate + "\",\"");
    assertThat(lines).allMatch(line -> line.startsWith("\"") && line.endsWith("\""));
  }

  private List<ReadinessCases.Case> fiveFixtureCandidates() {
    List<ReadinessCases.Case> cases = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      ReadinessCases.Case c = ReadinessCases.of("bundle-" + i);
      cases.add(c);
      share(prefix + i);
      for (int f = 0; f < ReadinessCases.FAMILIES.size(); f++) {
        scored(prefix + i, ReadinessCases.FAMILIES.get(f), c.scores()[f], c.sems()[f]);
      }
    }
    return cases;
  }

  private Map<String, ComparisonRow> rowsByCandidate(long id) {
    Map<String, ComparisonRow> rows = new LinkedHashMap<>();
    comparisons(c -> c.rank(id, null, 0, ComparisonSort.COMPOSITE))
        .rows()
        .forEach(r -> rows.put(r.candidate(), r));
    return rows;
  }

  private <T> T bundles(Function<Bundles, T> use) {
    return db.inTransaction(
        em -> {
          Bundles bundles = new Bundles();
          bundles.clock = java.time.Clock.systemUTC();
          bundles.access = BundleAccessFixture.of(caller, guard(), em);
          bundles.store = new BundleStore(em);
          bundles.roles = io.skillspassport.roles.boundary.TestRoles.of(em);
          bundles.families = io.skillspassport.assessments.boundary.TestFamilies.of(em);
          bundles.organisations =
              new io.skillspassport.organisations.boundary.ShareableOrganisations(
                  new OrganisationStore(em));
          return use.apply(bundles);
        });
  }

  private <T> T comparisons(Function<Comparisons, T> use) {
    return db.inTransaction(em -> use.apply(comparisons(em)));
  }

  private Comparisons comparisons(EntityManager em) {
    Comparisons comparisons = new Comparisons();
    comparisons.access = BundleAccessFixture.of(caller, guard(), em);
    comparisons.scores = new SharedScores(source, java.time.Clock.systemUTC());
    comparisons.clock = java.time.Clock.systemUTC();
    comparisons.sharing =
        io.skillspassport.sharing.boundary.TestSharing.sharedPassports(em, caller, guard());
    comparisons.viewings = new ViewingLog(source);
    comparisons.audit =
        io.skillspassport.audit.boundary.TestAuditTrail.of(AuditLogFixture.of(em), caller);
    comparisons.families = io.skillspassport.assessments.boundary.TestFamilies.of(em);
    comparisons.roles = io.skillspassport.roles.boundary.TestRoles.of(em);
    comparisons.results =
        io.skillspassport.passports.boundary.TestPassports.currentResults(em, guard());
    return comparisons;
  }

  /** The real guard, keeping what was refused instead of firing the audit event. */
  private Guard guard() {
    return new Guard(caller) {
      @Override
      public AccessDenied refuse(String what, String reason, String message) {
        denied.add(what);
        return super.refuse(what, reason, message);
      }
    };
  }

  private void organisation(String slug) {
    db.run(
        em ->
            new OrganisationStore(em)
                .add(new EmployerOrganisation(slug, "Organisation " + slug, "")));
  }

  /** Shares {@code candidate}'s passport with the test's organisation; returns the share's id. */
  private long share(String candidate) {
    return db.inTransaction(
        em ->
            new ShareStore(em)
                .add(
                    new PassportShare(
                        candidate, organisation, Instant.now().minusSeconds(60), null))
                .id());
  }

  /**
   * A current result with a given reported score and SEM (a fixture's numbers, stored as they are;
   * θ and the band are derived only so that the row is complete).
   */
  private void scored(String candidate, String family, int score, double sem) {
    int halfBand = (int) Math.ceil(1.96 * sem);
    add(
        candidate,
        family,
        (score - 575) / 75.0,
        sem / 75,
        score,
        sem,
        Math.max(300, score - halfBand),
        Math.min(850, score + halfBand));
  }

  /**
   * A current result at θ with standard error {@code se} on the reporting scale, worked here rather
   * than by the scoring module: S = 575 + 75θ rounded half up, SEM = 75·SE, band ±1.96·SEM.
   */
  private void result(String candidate, String family, double theta, double se) {
    // Decimal arithmetic: 575 + 75·0.7 is 627.5 exactly, not 627.4999… as in binary.
    BigDecimal unclamped =
        BigDecimal.valueOf(575).add(BigDecimal.valueOf(75).multiply(BigDecimal.valueOf(theta)));
    int reported = unclamped.setScale(0, RoundingMode.HALF_UP).intValueExact();
    double sem = 75 * se;
    add(
        candidate,
        family,
        theta,
        se,
        reported,
        sem,
        (int) Math.round(unclamped.doubleValue() - 1.96 * sem),
        (int) Math.round(unclamped.doubleValue() + 1.96 * sem));
  }

  private void add(
      String candidate,
      String family,
      double theta,
      double se,
      int reported,
      double sem,
      int low,
      int high) {
    Instant measured = Instant.now().minus(Duration.ofDays(3));
    db.run(
        em ->
            new ResultStore(em)
                .add(
                    new FamilyResult(
                        candidate,
                        family,
                        theta,
                        se,
                        reported,
                        sem,
                        low,
                        high,
                        Provenance.PROCTORED,
                        measured,
                        measured.plus(Duration.ofDays(700)),
                        "comparisons test")));
  }

  private List<String> viewingContexts(String candidate) {
    return db.inTransaction(
        em ->
            new ShareStore(em).viewingsOf(candidate, 100).stream().map(v -> v.context()).toList());
  }

  private long auditEntries(String actor, AuditAction action) {
    return db.inTransaction(
        em ->
            em.createQuery(
                    "select count(e) from AuditEvent e where e.actor = :actor"
                        + " and e.action = :action",
                    Long.class)
                .setParameter("actor", actor)
                .setParameter("action", action)
                .getSingleResult());
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

  /** The form with only {@code kept} included (none when empty), weights unchanged. */
  private static BundleSettings onlyIncluded(BundleSettings form, String... kept) {
    List<String> included = List.of(kept);
    return new BundleSettings(
        form.basedOnNumber(),
        form.roleVersionNumber(),
        form.threshold(),
        form.families().stream()
            .map(
                f ->
                    new BundleSettings.FamilySetting(
                        f.familyCode(),
                        f.familyName(),
                        included.contains(f.familyCode()),
                        f.weight(),
                        null))
            .toList(),
        form.exercises());
  }

  private static String text(CsvExport export) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      export.writeTo(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }
}
