package io.skillspassport.bundles.boundary;

import io.skillspassport.assessments.boundary.AssessmentFamilies;
import io.skillspassport.audit.boundary.AuditAction;
import io.skillspassport.audit.boundary.AuditTrail;
import io.skillspassport.bundles.control.BundleAccess;
import io.skillspassport.bundles.control.CsvCells;
import io.skillspassport.bundles.control.CsvLine;
import io.skillspassport.bundles.control.RecentResults;
import io.skillspassport.bundles.control.SharedScores;
import io.skillspassport.bundles.control.SnapshotRankings;
import io.skillspassport.bundles.control.ViewingLog;
import io.skillspassport.bundles.entity.Bundle;
import io.skillspassport.bundles.entity.BundleFamily;
import io.skillspassport.bundles.entity.BundleVersion;
import io.skillspassport.passports.boundary.CurrentResults;
import io.skillspassport.passports.boundary.PassportResult;
import io.skillspassport.passports.boundary.Provenance;
import io.skillspassport.platform.boundary.NotFound;
import io.skillspassport.platform.boundary.Rejected;
import io.skillspassport.roles.boundary.RoleRequirements;
import io.skillspassport.roles.boundary.Roles;
import io.skillspassport.scoring.ranking.CandidateScores;
import io.skillspassport.scoring.ranking.ComparedRankings;
import io.skillspassport.scoring.ranking.KendallTau;
import io.skillspassport.scoring.ranking.RankAgreement;
import io.skillspassport.scoring.ranking.RankedCandidate;
import io.skillspassport.scoring.ranking.RankingResult;
import io.skillspassport.scoring.readiness.CompositeBand;
import io.skillspassport.scoring.readiness.Readiness;
import io.skillspassport.scoring.readiness.ReadinessCriteria;
import io.skillspassport.scoring.readiness.Verdict;
import io.skillspassport.sharing.boundary.SharedPassports;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Ranks the candidates who currently share their passport with the caller's organisation by a
 * bundle version: pages of the ranking, two or three candidates side by side, a CSV export and the
 * ranking's stability against the role's published weights.
 *
 * <p>Employers only, and only for bundles of their own organisation (refusals are audited and
 * thrown as {@link io.skillspassport.platform.boundary.AccessDenied}). The database selects the
 * sharing candidates and their current results in one query ({@link SharedScores}); the scoring
 * module ranks them in flat arrays ({@link Ranking#rank}); only the rows shown become records.
 * Every candidate shown is logged in their "viewed by" list.
 */
@ApplicationScoped
@Transactional
public class Comparisons {

  /** Rows per page. */
  public static final int PAGE_SIZE = 25;

  /** Up to this many candidates, stability lists every swapped pair (O(n²)). */
  public static final int MAX_PAIR_LISTING = 2000;

  /** At most this many swapped pairs are returned. */
  public static final int MAX_PAIRS_SHOWN = 50;

  @Inject BundleAccess access;

  @Inject SharedScores scores;

  @Inject ViewingLog viewings;

  @Inject AuditTrail audit;

  @Inject AssessmentFamilies families;

  @Inject Roles roles;

  @Inject CurrentResults results;

  @Inject Clock clock;

  /** The display names the candidates shared under (sharing's door). */
  @Inject SharedPassports sharing;

  // A page view, its next page and its export rank the same snapshot by the same criteria; a
  // snapshot with a few new scores is ranked from the one before (see SnapshotRankings).
  private final SnapshotRankings rankings = new SnapshotRankings(8);

  private final RecentResults<StabilityKey, Stability> stabilities = new RecentResults<>(8);

  // The orders by probability and by name of a ranking, for paging through them.
  private final RecentResults<OrderKey, int[]> orders = new RecentResults<>(4);

  private record StabilityKey(
      CandidateScores scores, ReadinessCriteria bundle, String role, int roleVersion) {}

  private record OrderKey(RankingResult ranking, ComparisonSort sort) {}

  /**
   * A page of the ranking by a bundle version.
   *
   * @param versionNumber the version, or null for the newest
   * @param page 0-based; clamped to the pages there are
   */
  public ComparisonPage rank(long bundleId, Integer versionNumber, int page, ComparisonSort sort) {
    Bundle bundle = access.owned(bundleId);
    BundleVersion version = versionOf(bundle, versionNumber);
    Map<String, String> names = familyNames();
    SharedScores.Shared shared = load(bundle, names);
    ReadinessCriteria criteria = version.readinessCriteria();
    RankingResult ranking = rankings.ranked(shared, criteria);
    int size = ranking.size();
    int pages = Math.max(1, (size + PAGE_SIZE - 1) / PAGE_SIZE);
    int index = Math.max(0, Math.min(page, pages - 1));
    int from = index * PAGE_SIZE;
    int to = Math.min(size, from + PAGE_SIZE);
    // By composite the ranking is the order: a page reads its rows and sorts nothing.
    int[] order =
        sort == ComparisonSort.COMPOSITE
            ? null
            : orders.get(new OrderKey(ranking, sort), key -> order(ranking, sort));
    Map<String, String> candidateNames = sharing.candidateNames();
    List<ComparisonRow> rows = new ArrayList<>();
    for (int i = from; i < to; i++) {
      rows.add(
          row(ranking.atRank(order == null ? i + 1 : order[i]), shared, criteria)
              .named(candidateNames));
    }
    logViewings(
        bundle,
        rows.stream().map(ComparisonRow::candidate).toList(),
        "comparison of " + bundle.name() + " v" + version.number());
    return new ComparisonPage(
        bundle.id(),
        bundle.name(),
        version.number(),
        bundle.latestNumber(),
        bundle.baseRole(),
        version.roleVersionNumber(),
        version.threshold(),
        sort,
        index,
        PAGE_SIZE,
        size,
        rows,
        names,
        stability(bundle, version, shared));
  }

  /**
   * The top {@code limit} candidates under settings being edited (not saved yet), for the editor's
   * preview.
   */
  public List<ComparisonRow> preview(long bundleId, BundleSettings settings, int limit) {
    Bundle bundle = access.owned(bundleId);
    List<BundleFamily> edited =
        settings.families().stream()
            .map(f -> new BundleFamily(f.familyCode(), f.included(), f.weight(), f.minimum()))
            .toList();
    if (edited.stream().noneMatch(BundleFamily::counts)) {
      throw new Rejected(
          "families", "At least one included family needs a weight above 0, none has");
    }
    Map<String, String> names = familyNames();
    SharedScores.Shared shared = load(bundle, names);
    ReadinessCriteria criteria = BundleVersion.readinessCriteria(edited, settings.threshold());
    RankingResult ranking = rankings.ranked(shared, criteria);
    Map<String, String> candidateNames = sharing.candidateNames();
    List<ComparisonRow> rows =
        ranking.top(limit).stream()
            .map(r -> row(r, shared, criteria).named(candidateNames))
            .toList();
    logViewings(
        bundle,
        rows.stream().map(ComparisonRow::candidate).toList(),
        "preview of " + bundle.name());
    return rows;
  }

  /**
   * Two or three candidates next to each other; each must currently share with the organisation.
   * Logs a viewing per candidate and a PASSPORT_VIEWED audit entry.
   */
  public SideBySide sideBySide(long bundleId, Integer versionNumber, List<String> usernames) {
    Bundle bundle = access.owned(bundleId);
    List<String> picked = List.copyOf(new LinkedHashSet<>(usernames));
    if (picked.size() < 2 || picked.size() > 3) {
      throw new Rejected(
          "candidates", "Pick 2 or 3 candidates to compare side by side, picked " + picked.size());
    }
    BundleVersion version = versionOf(bundle, versionNumber);
    Map<String, String> names = familyNames();
    SharedScores.Shared shared = load(bundle, names);
    CandidateScores candidates = shared.scores();
    Map<String, Integer> rowsById = shared.rows();
    for (String username : picked) {
      if (!rowsById.containsKey(username)) {
        throw access.deny(
            "passport of " + username, "does not share with " + bundle.organisation());
      }
    }
    ReadinessCriteria criteria = version.readinessCriteria();
    RankingResult ranking = rankings.ranked(shared, criteria);
    List<SideBySide.Column> columns = new ArrayList<>();
    Map<String, String> candidateNames = sharing.candidateNames();
    Map<String, Map<String, PassportResult>> basis = results.ofAll(picked, clock.instant());
    for (String username : picked) {
      int row = rowsById.get(username);
      Map<String, SideBySide.FamilyResultView> familyResults = new LinkedHashMap<>();
      List<String> codes = candidates.families();
      for (int f = 0; f < codes.size(); f++) {
        int score = candidates.score(row, f);
        if (score != CandidateScores.MISSING) {
          String code = codes.get(f);
          Optional<PassportResult> stored =
              Optional.ofNullable(basis.getOrDefault(username, Map.of()).get(code));
          familyResults.put(
              code,
              new SideBySide.FamilyResultView(
                  score,
                  candidates.sem(row, f),
                  criteria.weights().contains(code) && criteria.weights().weight(code) > 0,
                  criteria.minimums().get(code),
                  stored.map(PassportResult::provenance).orElse(""),
                  stored.map(PassportResult::itemsAdministered).orElse(0),
                  stored.map(PassportResult::provisional).orElse(false),
                  stored.map(PassportResult::bandLow).orElse(score),
                  stored.map(PassportResult::bandHigh).orElse(score)));
        }
      }
      columns.add(
          new SideBySide.Column(
              row(ranking.atRank(ranking.rankOfRow(row)), shared, criteria).named(candidateNames),
              familyResults));
    }
    String context = "side by side in " + bundle.name() + " v" + version.number();
    logViewings(bundle, picked, context);
    audit.recordBy(
        access.username(), AuditAction.PASSPORT_VIEWED, String.join(", ", picked), context);
    return new SideBySide(
        bundle.id(), bundle.name(), version.number(), version.threshold(), names, columns);
  }

  /**
   * The whole ranking as CSV (UTF-8 with a byte order mark): a line naming the bundle and version,
   * a header, then one row per candidate in rank order; every cell quoted and safe to open in a
   * spreadsheet ({@link CsvCells}). Every exported candidate is logged as viewed when the export is
   * made; the rows are produced while the caller writes them ({@link CsvExport#writeTo}), from the
   * ranking in memory, so the file is never held whole.
   */
  public CsvExport csv(long bundleId, Integer versionNumber) {
    Bundle bundle = access.owned(bundleId);
    BundleVersion version = versionOf(bundle, versionNumber);
    Map<String, String> names = familyNames();
    SharedScores.Shared shared = load(bundle, names);
    ReadinessCriteria criteria = version.readinessCriteria();
    RankingResult ranking = rankings.ranked(shared, criteria);
    CsvExport.Body body =
        csvBody(
            new Object[] {
              "bundle",
              bundle.name(),
              "version",
              version.number(),
              "role",
              bundle.baseRole() + " v" + version.roleVersionNumber(),
              "threshold",
              version.threshold()
            },
            ranking,
            shared,
            criteria,
            names,
            sharing.candidateNames());
    String context = "CSV export of " + bundle.name() + " v" + version.number();
    logViewings(bundle, ranking.rankedIds(), context);
    audit.recordBy(
        access.username(),
        AuditAction.PASSPORT_VIEWED,
        "bundle " + bundle.id(),
        context + ": " + ranking.size() + " candidates");
    String fileName =
        bundle
                .name()
                .replaceAll("[^A-Za-z0-9]+", "-")
                .replaceAll("(^-|-$)", "")
                .toLowerCase(Locale.ROOT)
            + "-v"
            + version.number()
            + ".csv";
    return new CsvExport(fileName.startsWith("-") ? "bundle" + fileName : fileName, body);
  }

  /** The verdicts as the CSV writes them, by {@link Verdict} ordinal: the words the pages use. */
  private static final String[] VERDICT_WORDS =
      Arrays.stream(Verdict.values())
          .map(
              v ->
                  switch (v) {
                    case READY -> "Ready";
                    case BORDERLINE -> "Borderline";
                    case NOT_YET -> "Not yet";
                    case INCOMPLETE -> "Incomplete";
                  })
          .toArray(String[]::new);

  /** The provenances as the CSV writes them, by {@link Provenance} ordinal: lower case. */
  private static final String[] PROVENANCE_WORDS =
      Arrays.stream(Provenance.values())
          .map(p -> p.name().toLowerCase(Locale.ROOT))
          .toArray(String[]::new);

  /**
   * The CSV rows of a ranking, produced while they are written: the title line, the header, one
   * line per candidate in rank order (package-private for the benchmark driver).
   *
   * <p>Figures are written as the pages show them: composite and band in whole points, P(clears) as
   * a capped whole percentage ({@link CsvCells#percent}), verdicts and families as words. Each
   * weighted family then gets four columns: its score and its SEM (whole points), so the composite
   * can be checked by hand, and the items administered and the provenance the score rests on (all
   * empty when the candidate has no current result in it; items empty for a result without them).
   *
   * <p>A row's cells are those of the page's row ({@link #row}, {@link ComparisonRow#named})
   * formatted by {@link CsvCells}, but written straight from the ranking and the snapshot's arrays
   * into one reused line buffer ({@link CsvLine}): no row record, score list, per-family map, cell
   * string or joined line per candidate, the weighted families' snapshot columns and the verdict
   * and provenance words looked up once per export. {@code ComparisonCsvBytesTest} pins the bytes.
   */
  static CsvExport.Body csvBody(
      Object[] title,
      RankingResult ranking,
      SharedScores.Shared shared,
      ReadinessCriteria criteria,
      Map<String, String> names) {
    return csvBody(title, ranking, shared, criteria, names, Map.of());
  }

  /**
   * As above, with a {@code name} column after the user name: the display name each candidate
   * shared under ({@code candidateNames}, user name → name; the user name where none is known). The
   * user name stays, because it is unique and display names need not be.
   */
  static CsvExport.Body csvBody(
      Object[] title,
      RankingResult ranking,
      SharedScores.Shared shared,
      ReadinessCriteria criteria,
      Map<String, String> names,
      Map<String, String> candidateNames) {
    List<String> weighted = criteria.weights().families();
    List<Object> header =
        new ArrayList<>(
            List.of(
                "rank",
                "candidate",
                "name",
                "composite",
                "band90_low",
                "band90_high",
                "verdict",
                "p_clears",
                "failed_minimums",
                "missing_families"));
    for (String family : weighted) {
      String name = names.getOrDefault(family, family);
      header.add(name + " score");
      header.add(name + " SEM");
      header.add(name + " items");
      header.add(name + " provenance");
    }
    CandidateScores candidates = shared.scores();
    // Each weighted family's column in the snapshot (-1 when the snapshot does not hold it).
    int[] columns = weighted.stream().mapToInt(candidates.families()::indexOf).toArray();
    return out -> {
      Writer writer =
          new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
      writer.write('\uFEFF');
      writer.write(CsvCells.line(title));
      writer.write(CsvCells.line(header.toArray()));
      // The cells of a page's row (row(…).named(…)), written without building its records.
      Map<String, Integer> rowsById = shared.rows();
      SharedScores.Basis basis = shared.basis();
      CsvLine line = new CsvLine();
      for (int rank = 1; rank <= ranking.size(); rank++) {
        RankedCandidate ranked = ranking.atRank(rank);
        String candidate = ranked.candidateId();
        String name = candidateNames.getOrDefault(candidate, candidate);
        line.number(rank).text(candidate).text(name == null || name.isBlank() ? candidate : name);
        if (ranked.composite().isPresent()) {
          line.points(ranked.composite().getAsDouble());
        } else {
          line.empty();
        }
        if (ranked.composite().isPresent() && ranked.compositeSem().isPresent()) {
          CompositeBand band =
              Readiness.band(
                  criteria.scale(),
                  0.90,
                  Readiness.Z90,
                  ranked.composite().getAsDouble(),
                  ranked.compositeSem().getAsDouble());
          line.points(band.lower()).points(band.upper());
        } else {
          line.empty().empty();
        }
        line.text(VERDICT_WORDS[ranked.verdict().ordinal()]);
        if (ranked.probabilityClears().isPresent()) {
          line.percent(ranked.probabilityClears().getAsDouble());
        } else {
          line.empty();
        }
        familyNamesCell(line, ranked.failedMinimums(), names);
        familyNamesCell(line, ranked.missingFamilies(), names);
        int at = rowsById.get(candidate);
        for (int column : columns) {
          int score = column < 0 ? CandidateScores.MISSING : candidates.score(at, column);
          if (score == CandidateScores.MISSING) {
            line.empty().empty().empty().empty();
            continue;
          }
          line.number(score).points(candidates.sem(at, column));
          int items = basis.itemsAdministered(at, column);
          if (items == 0) {
            line.empty();
          } else {
            line.number(items);
          }
          line.text(
              basis.provenance(at, column).map(p -> PROVENANCE_WORDS[p.ordinal()]).orElse(""));
        }
        line.writeTo(writer);
      }
      writer.flush();
    };
  }

  /** The family names of {@code codes} joined by "; " as one cell; an empty cell for none. */
  private static void familyNamesCell(CsvLine line, List<String> codes, Map<String, String> names) {
    if (codes.isEmpty()) {
      line.empty();
    } else {
      line.text(familyNames(codes, names));
    }
  }

  private static String familyNames(List<String> codes, Map<String, String> names) {
    return codes.stream().map(c -> names.getOrDefault(c, c)).collect(Collectors.joining("; "));
  }

  /**
   * Kendall's τ between the ranking by the bundle version and the ranking by the published weights
   * and threshold of the role version it was built from, with the pairs that swap.
   */
  public Stability stability(long bundleId, Integer versionNumber) {
    Bundle bundle = access.owned(bundleId);
    BundleVersion version = versionOf(bundle, versionNumber);
    return stability(bundle, version, load(bundle, familyNames()));
  }

  private Stability stability(Bundle bundle, BundleVersion version, SharedScores.Shared shared) {
    RoleRequirements role =
        roles
            .requirements(bundle.baseRole(), version.roleVersionNumber())
            .orElseThrow(() -> new IllegalStateException("Role " + bundle.baseRole() + " is gone"));
    ReadinessCriteria bundleCriteria = version.readinessCriteria();
    return stabilities.get(
        new StabilityKey(shared.scores(), bundleCriteria, role.slug(), role.number()),
        key -> stability(shared, bundleCriteria, role));
  }

  private Stability stability(
      SharedScores.Shared shared, ReadinessCriteria bundleCriteria, RoleRequirements role) {
    ReadinessCriteria roleCriteria = role.readinessCriteria();
    // τ over the candidates complete under both weightings, ties by candidate id (see
    // ComparedRankings): the same n and τ in every view.
    RankAgreement agreement = rankings.agreement(shared, bundleCriteria, roleCriteria);
    int n = agreement.size();
    if (n < 2) {
      return new Stability(null, n, 0, List.of(), true, role.number());
    }
    if (n <= MAX_PAIR_LISTING) {
      KendallTau tau =
          ComparedRankings.of(
                  rankings.ranked(shared, bundleCriteria), rankings.ranked(shared, roleCriteria))
              .tau();
      return new Stability(
          tau.tau(),
          n,
          tau.discordantPairs(),
          tau.swappedPairs().stream()
              .limit(MAX_PAIRS_SHOWN)
              .map(p -> new Stability.Pair(p.aheadInFirst(), p.aheadInSecond()))
              .toList(),
          true,
          role.number());
    }
    return new Stability(
        agreement.coefficient(), n, agreement.discordantPairs(), List.of(), false, role.number());
  }

  private SharedScores.Shared load(Bundle bundle, Map<String, String> names) {
    return scores.of(bundle.organisation(), List.copyOf(names.keySet()), clock.instant());
  }

  private void logViewings(Bundle bundle, List<String> candidates, String context) {
    viewings.record(
        candidates, bundle.organisation(), access.username(), Instant.now(clock), context);
  }

  private static BundleVersion versionOf(Bundle bundle, Integer number) {
    if (number == null) {
      return bundle.latest().orElseThrow();
    }
    return bundle
        .version(number)
        .orElseThrow(() -> new NotFound("Bundle " + bundle.id() + " has no version " + number));
  }

  private static int[] order(RankingResult ranking, ComparisonSort sort) {
    int n = ranking.size();
    Integer[] ranks = new Integer[n];
    for (int i = 0; i < n; i++) {
      ranks[i] = i + 1;
    }
    switch (sort) {
      case PROBABILITY -> {
        double[] p = new double[n + 1];
        for (int r = 1; r <= n; r++) {
          double value = ranking.probabilityClearsAtRank(r);
          p[r] = Double.isNaN(value) ? -1 : value;
        }
        Arrays.sort(ranks, Comparator.comparingDouble((Integer r) -> -p[r]));
      }
      case NAME -> {
        List<String> ids = ranking.rankedIds();
        Arrays.sort(ranks, Comparator.comparing((Integer r) -> ids.get(r - 1)));
      }
      case COMPOSITE -> {
        // already in rank order
      }
    }
    return Arrays.stream(ranks).mapToInt(Integer::intValue).toArray();
  }

  /**
   * One row of the comparison. The composite, its SEM, P(clears) and the verdict come from the
   * ranking, which computed them with {@link Readiness}'s formulas; the 90% band is {@link
   * Readiness#band} of that composite and SEM — no second readiness assessment per row
   * (package-private for the benchmark driver).
   */
  static ComparisonRow row(
      RankedCandidate ranked, SharedScores.Shared shared, ReadinessCriteria criteria) {
    CandidateScores candidates = shared.scores();
    Map<String, Integer> rowsById = shared.rows();
    Double low = null;
    Double high = null;
    List<ScoreBasis> scores = new ArrayList<>();
    int at = rowsById.get(ranked.candidateId());
    List<String> families = candidates.families();
    for (int f = 0; f < families.size(); f++) {
      int score = candidates.score(at, f);
      if (score != CandidateScores.MISSING) {
        scores.add(
            new ScoreBasis(
                families.get(f),
                score,
                candidates.sem(at, f),
                shared.basis().provenance(at, f).map(Enum::name).orElse(""),
                shared.basis().itemsAdministered(at, f)));
      }
    }
    if (ranked.composite().isPresent() && ranked.compositeSem().isPresent()) {
      CompositeBand band =
          Readiness.band(
              criteria.scale(),
              0.90,
              Readiness.Z90,
              ranked.composite().getAsDouble(),
              ranked.compositeSem().getAsDouble());
      low = band.lower();
      high = band.upper();
    }
    return new ComparisonRow(
        ranked.rank(),
        ranked.candidateId(),
        ranked.verdict().name(),
        ranked.composite().isPresent() ? ranked.composite().getAsDouble() : null,
        low,
        high,
        ranked.probabilityClears().isPresent() ? ranked.probabilityClears().getAsDouble() : null,
        ranked.failedMinimums(),
        ranked.missingFamilies(),
        scores);
  }

  private Map<String, String> familyNames() {
    return families.familyCatalogue().names();
  }
}
