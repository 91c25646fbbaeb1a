package io.skillspassport.passports.boundary;

import io.skillspassport.assessments.boundary.AssessmentFamilies;
import io.skillspassport.assessments.boundary.FamilyCatalogue;
import io.skillspassport.assessments.boundary.FamilySummary;
import io.skillspassport.passports.control.ResultStore;
import io.skillspassport.passports.entity.FamilyResult;
import io.skillspassport.platform.boundary.Caller;
import io.skillspassport.platform.boundary.Guard;
import io.skillspassport.roles.boundary.RoleRequirements;
import io.skillspassport.roles.boundary.Roles;
import io.skillspassport.scoring.readiness.FamilyGap;
import io.skillspassport.scoring.readiness.FamilyScore;
import io.skillspassport.scoring.readiness.GapAnalysis;
import io.skillspassport.scoring.readiness.GapStep;
import io.skillspassport.scoring.readiness.Readiness;
import io.skillspassport.scoring.readiness.ReadinessResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The signed-in candidate's own passport: the dashboard, readiness for every published role and the
 * gap analysis of one role. There is no candidate parameter anywhere: every use case reads the
 * caller's passport, so no candidate can ask for another's. All numbers come from the scoring
 * module; a missing family is reported as missing, never scored as 300.
 */
@ApplicationScoped
@Transactional
public class Passports {

  /** Days before expiry from which a result is flagged as expiring soon (default 60). */
  public static final String EXPIRING_SOON_DAYS = "passport.expiring.soon.days";

  /** Months a result counts after it was measured (default 24), as for sample assessments. */
  public static final String VALIDITY_MONTHS = "passport.validity.months";

  /** {@link #VALIDITY_MONTHS} when it is not configured. */
  public static final String DEFAULT_VALIDITY_MONTHS = "24";

  private static final String DEFAULT_EXPIRING_SOON_DAYS = "60";

  @Inject Clock clock;

  /** {@code PASSPORT_VALIDITY_MONTHS}; the default stands outside a container. */
  @Inject
  @ConfigProperty(name = VALIDITY_MONTHS, defaultValue = DEFAULT_VALIDITY_MONTHS)
  long validityMonths = Long.parseLong(DEFAULT_VALIDITY_MONTHS);

  /** {@code PASSPORT_EXPIRING_SOON_DAYS}; the default stands outside a container. */
  @Inject
  @ConfigProperty(name = EXPIRING_SOON_DAYS, defaultValue = DEFAULT_EXPIRING_SOON_DAYS)
  long expiringSoonDays = Long.parseLong(DEFAULT_EXPIRING_SOON_DAYS);

  @Inject Caller caller;

  @Inject Guard guard;

  @Inject ResultStore results;

  @Inject AssessmentFamilies families;

  @Inject Roles roles;

  /** Every family in display order with its current result or none, plus the older results. */
  public PassportDashboard dashboard() {
    guard.requireRole(Caller.CANDIDATE, "the passport dashboard");
    String candidate = caller.username();
    Instant now = Instant.now(clock);
    List<FamilyResult> history = results.history(candidate);
    return dashboard(
        candidate, now, families.familyCatalogue(), ResultStore.current(history, now), history);
  }

  /**
   * The candidate's home page from one reading of their results and of the family catalogue: the
   * dashboard, the readiness for every published role and the withdrawn results.
   */
  public PassportOverview overview() {
    guard.requireRole(Caller.CANDIDATE, "the passport dashboard");
    String candidate = caller.username();
    Instant now = Instant.now(clock);
    FamilyCatalogue all = families.familyCatalogue();
    List<FamilyResult> results = this.results.all(candidate);
    List<FamilyResult> active = results.stream().filter(r -> r.withdrawnAt().isEmpty()).toList();
    Map<String, FamilyResult> current = ResultStore.current(active, now);
    Context context = new Context(scores(current), all);
    Map<String, String> names = all.names();
    return new PassportOverview(
        dashboard(candidate, now, all, current, active),
        roles.publishedRequirements().stream()
            .map(version -> assess(version, context, false).readiness())
            .toList(),
        results.stream()
            .filter(r -> r.withdrawnAt().isPresent())
            .sorted(
                Comparator.comparing((FamilyResult r) -> r.withdrawnAt().orElseThrow())
                    .thenComparing(FamilyResult::id)
                    .reversed())
            .flatMap(r -> ResultWithdrawals.withdrawal(r, names).stream())
            .toList());
  }

  /** {@code history}: the candidate's results that are not withdrawn, newest first. */
  private PassportDashboard dashboard(
      String candidate,
      Instant now,
      FamilyCatalogue all,
      Map<String, FamilyResult> current,
      List<FamilyResult> history) {
    Duration warning = expiryWarning();
    List<FamilyStanding> standings =
        all.families().stream()
            .map(
                f ->
                    new FamilyStanding(
                        f.code(),
                        f.slug(),
                        f.name(),
                        f.sampleAvailable(),
                        Optional.ofNullable(current.get(f.code()))
                            .map(r -> PassportResult.of(r, f.name(), now, warning))))
            .toList();
    Set<Long> currentIds =
        current.values().stream().map(FamilyResult::id).collect(Collectors.toSet());
    List<PassportResult> older =
        history.stream()
            .filter(r -> !currentIds.contains(r.id()))
            .map(r -> PassportResult.of(r, all.nameOf(r.familyCode()), now, warning))
            .toList();
    return new PassportDashboard(candidate, now, standings, older);
  }

  /** The caller's withdrawn results, most recently withdrawn first, with the admins' reasons. */
  public List<WithdrawnResult> withdrawals() {
    guard.requireRole(Caller.CANDIDATE, "withdrawn results");
    Map<String, String> names = families.familyCatalogue().names();
    return results.withdrawn(caller.username()).stream()
        .flatMap(r -> ResultWithdrawals.withdrawal(r, names).stream())
        .toList();
  }

  /**
   * Puts an outside engine's result that the caller accepted on their passport, with provenance
   * IMPORTED; it expires {@value #VALIDITY_MONTHS} months (default 24, as results measured here)
   * after it was measured. Exported credentials carrying an older result of the family are retired
   * as for any new result.
   *
   * @return the new passport result's id
   */
  public long recordImported(ImportedScore score) {
    guard.requireRole(Caller.CANDIDATE, "accepting an imported result");
    FamilySummary family =
        families
            .familyCatalogue()
            .find(score.familyCode())
            .orElseThrow(
                () -> new IllegalArgumentException("unknown family " + score.familyCode()));
    Instant expires =
        score.measuredAt().atOffset(ZoneOffset.UTC).plusMonths(validityMonths).toInstant();
    FamilyResult result =
        results.add(
            new FamilyResult(
                    caller.username(),
                    family.code(),
                    score.theta(),
                    score.thetaSe(),
                    score.scaledScore(),
                    score.sem(),
                    score.bandLow(),
                    score.bandHigh(),
                    Provenance.IMPORTED,
                    score.measuredAt(),
                    expires,
                    score.source())
                .writtenAt(Instant.now(clock)));
    // The caller refers to the new result by id (imported_result.family_result_id) in the same
    // transaction; without the flush the order of the two statements at commit is EclipseLink's
    // choice, and the foreign key fails when the reference is written first.
    results.flush();
    return result.id();
  }

  /** The caller's readiness for every published role, in slug order. */
  public List<RoleReadiness> readiness() {
    guard.requireRole(Caller.CANDIDATE, "role readiness");
    Context context = context();
    return roles.publishedRequirements().stream()
        .map(version -> assess(version, context, false).readiness())
        .toList();
  }

  /**
   * The caller's readiness for one published role with its gap analysis; empty for an unknown or
   * unpublished role.
   */
  public Optional<RoleReadinessDetail> roleDetail(String slug) {
    guard.requireRole(Caller.CANDIDATE, "role readiness of " + slug);
    if (slug == null || slug.isBlank()) {
      return Optional.empty();
    }
    Optional<RoleRequirements> version = roles.requirements(slug);
    if (version.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(assess(version.get(), context(), true));
  }

  private Context context() {
    return new Context(
        scores(results.current(caller.username(), Instant.now(clock))), families.familyCatalogue());
  }

  private static Map<String, FamilyScore> scores(Map<String, FamilyResult> current) {
    Map<String, FamilyScore> passport = new LinkedHashMap<>();
    current.forEach((code, r) -> passport.put(code, FamilyScore.of(r.scaledScore(), r.sem())));
    return passport;
  }

  /** The readiness for one role; with {@code withGaps}, the gap analysis too (the detail page). */
  private RoleReadinessDetail assess(RoleRequirements version, Context context, boolean withGaps) {
    ReadinessResult result = Readiness.assess(context.passport(), version.readinessCriteria());
    String slug = version.slug();
    if (result instanceof ReadinessResult.Complete c) {
      ReadinessComposite composite =
          new ReadinessComposite(
              c.composite(),
              c.compositeRounded(),
              c.compositeSem(),
              c.band90().lower(),
              c.band90().upper(),
              c.probabilityAtLeastThreshold());
      List<FamilyGapEntry> gaps =
          withGaps
              ? GapAnalysis.of(c).stream().map(g -> gap(g, c.compositeSem(), context)).toList()
              : List.of();
      return new RoleReadinessDetail(
          new RoleReadiness(
              slug,
              version.title(),
              version.number(),
              version.readinessThreshold(),
              c.verdict(),
              Optional.of(composite),
              List.of()),
          gaps);
    }
    ReadinessResult.Incomplete incomplete = (ReadinessResult.Incomplete) result;
    Set<String> seen = new HashSet<>();
    List<MissingFamily> missing =
        incomplete.missingFamilies().stream()
            .filter(seen::add)
            .map(code -> missing(code, context))
            .toList();
    return new RoleReadinessDetail(
        new RoleReadiness(
            slug,
            version.title(),
            version.number(),
            version.readinessThreshold(),
            incomplete.verdict(),
            Optional.empty(),
            missing),
        List.of());
  }

  private static FamilyGapEntry gap(FamilyGap g, double compositeSem, Context context) {
    return new FamilyGapEntry(
        g.family(),
        context.families().nameOf(g.family()),
        g.score(),
        g.sem(),
        g.normalisedWeight(),
        g.weightedShortfall(),
        g.gainPerPoint(),
        g.pointsNeededAlone(),
        g.feasibleAlone(),
        g.headroom(),
        g.probabilityGainPerPoint(),
        GapStep.of(g, compositeSem));
  }

  private static MissingFamily missing(String code, Context context) {
    return context
        .families()
        .find(code)
        .map(f -> new MissingFamily(code, f.slug(), f.name(), f.sampleAvailable()))
        .orElseGet(() -> new MissingFamily(code, "", code, false));
  }

  Duration expiryWarning() {
    return Duration.ofDays(Math.max(0, expiringSoonDays));
  }

  private record Context(Map<String, FamilyScore> passport, FamilyCatalogue families) {}
}
