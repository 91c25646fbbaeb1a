package io.skillspassport.assessments.boundary;

import io.skillspassport.assessments.control.AttemptStore;
import io.skillspassport.assessments.control.FamilyStore;
import io.skillspassport.assessments.control.FixedParameterCalibration;
import io.skillspassport.assessments.control.ItemStatistics;
import io.skillspassport.assessments.control.ItemStore;
import io.skillspassport.assessments.control.RecoverySimulation;
import io.skillspassport.assessments.control.ScoredAttempt;
import io.skillspassport.assessments.entity.AssessmentAttempt;
import io.skillspassport.assessments.entity.AssessmentFamily;
import io.skillspassport.assessments.entity.AssessmentItem;
import io.skillspassport.assessments.entity.AttemptAnswer;
import io.skillspassport.assessments.entity.BankSubskill;
import io.skillspassport.assessments.entity.DeliverySettings;
import io.skillspassport.audit.boundary.AuditAction;
import io.skillspassport.audit.boundary.AuditTrail;
import io.skillspassport.platform.boundary.Caller;
import io.skillspassport.platform.boundary.Conflict;
import io.skillspassport.platform.boundary.Guard;
import io.skillspassport.platform.boundary.Rejected;
import io.skillspassport.scoring.calibration.CalibratedItem;
import io.skillspassport.scoring.calibration.ItemFit;
import io.skillspassport.scoring.irt.Item;
import io.skillspassport.scoring.irt.ThreePlItem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * Item statistics and calibration of a family's active bank, for admins. Every method checks that
 * the caller is an admin.
 *
 * <p>Responses come from every ended attempt of the family (scored, or ended before the minimum),
 * across content versions: an item's code is its identity, and its content does not change between
 * versions. The calibration is {@link FixedParameterCalibration}: operational items are anchors, so
 * the estimates are on the bank's scale (that is the linking); pretest items with at least {@value
 * FixedParameterCalibration#MIN_RESPONSES} responses are estimated. Publishing makes a new content
 * version — estimated items CALIBRATED with the date and their number of responses, every other
 * item carried over unchanged — and retires the old one; results keep the version they were scored
 * with.
 *
 * <p>A recovery check runs the same calibration on responses simulated through the real adaptive
 * test ({@link RecoverySimulation}) and compares the estimates with the generating parameters.
 * Simulated responses are never stored and never published: they exist to show how well the
 * calibration recovers known parameters with a given N.
 */
@ApplicationScoped
@Transactional
public class ItemCalibration {

  /** The most candidates a recovery check simulates in one request. */
  public static final int MAX_SIMULATED = 5000;

  @Inject ItemStore items;

  @Inject FamilyStore families;

  @Inject AttemptStore attempts;

  @Inject AuditTrail audit;

  @Inject Guard guard;

  @Inject Caller caller;

  @Inject Clock clock;

  /**
   * Statistics of every active item of the family's bank.
   *
   * @throws Rejected for an unknown family
   */
  public BankStatistics statistics(String familyCode) {
    guard.requireAdmin("the item statistics of " + familyCode);
    AssessmentFamily family = family(familyCode);
    List<AssessmentItem> bank = items.activeBank(family.code());
    List<ScoredAttempt> data = scoredAttempts(family.code());
    Map<String, Integer> lowest = new HashMap<>();
    bank.forEach(i -> lowest.put(i.code(), i.lowestScoredResponse()));
    Map<String, ItemStatistics.Figures> figures =
        ItemStatistics.of(bank.stream().map(AssessmentItem::code).toList(), lowest, data);
    List<ItemStatistic> rows = new ArrayList<>();
    for (AssessmentItem i : bank) {
      ItemStatistics.Figures f = figures.get(i.code());
      rows.add(
          new ItemStatistic(
              i.code(),
              i.kind().name(),
              i.isPretest(),
              i.parameterStatus().name(),
              i.calibrationResponses(),
              i.calibratedAt()
                  .map(t -> t.atZone(ZoneOffset.UTC).toLocalDate().toString())
                  .orElse(""),
              f.responses(),
              f.meanScore(),
              f.pointBiserial(),
              f.exposure()));
    }
    return new BankStatistics(
        family.code(),
        family.name(),
        bank.isEmpty() ? 0 : bank.get(0).contentVersion(),
        data.size(),
        FixedParameterCalibration.MIN_RESPONSES,
        rows);
  }

  /**
   * Runs the calibration on the collected responses without publishing anything.
   *
   * @throws Rejected when there are too few responses or the estimation fails
   */
  public CalibrationPreview preview(String familyCode) {
    guard.requireAdmin("calibrating the bank of " + familyCode);
    AssessmentFamily family = family(familyCode);
    List<AssessmentItem> bank = activeBank(family);
    return preview(family.code(), bank, run(bank, scoredAttempts(family.code())), Map.of());
  }

  /**
   * Publishes the calibration as a new content version of the bank, after the admin confirmed the
   * preview: it runs the calibration again and publishes only if the bank version and the number of
   * responses are the ones the admin saw.
   *
   * @param expectedVersion the active version the preview started from
   * @param expectedResponses the responses the preview used
   * @return the new content version
   * @throws Rejected when the bank or the responses changed since the preview, or the calibration
   *     is refused
   */
  public int publish(String familyCode, int expectedVersion, int expectedResponses) {
    guard.requireAdmin("publishing a calibration of the bank of " + familyCode);
    AssessmentFamily family = family(familyCode);
    List<AssessmentItem> bank = activeBank(family);
    int version = bank.get(0).contentVersion();
    if (version != expectedVersion) {
      throw new Conflict(
          "The bank changed since the calibration was shown (now version "
              + version
              + "); run the calibration again.");
    }
    FixedParameterCalibration.Outcome outcome = run(bank, scoredAttempts(family.code()));
    int responses = outcome.responses().values().stream().mapToInt(Integer::intValue).sum();
    if (responses != expectedResponses) {
      throw new Conflict(
          "New responses arrived since the calibration was shown ("
              + responses
              + " instead of "
              + expectedResponses
              + "); run the calibration again.");
    }
    int next =
        items.allVersions(family.code()).stream()
                .mapToInt(AssessmentItem::contentVersion)
                .max()
                .orElse(0)
            + 1;
    Instant now = clock.instant();
    Map<String, Item> estimated = new HashMap<>();
    for (CalibratedItem c : outcome.result().items()) {
      if (outcome.estimated().contains(c.item().id())) {
        estimated.put(c.item().id(), c.item());
      }
    }
    for (AssessmentItem item : bank) {
      Item e = estimated.get(item.code());
      items.add(
          e == null
              ? item.carriedOver(next)
              : item.calibrated(next, e, now, outcome.responses().get(item.code())));
    }
    for (BankSubskill s : items.subskills(family.code(), version)) {
      items.add(new BankSubskill(s.familyCode(), next, s.code(), s.name(), s.share()));
    }
    int retired = items.retireOlderThan(family.code(), next);
    audit.record(
        AuditAction.ITEM_BANK_CHANGED,
        "item bank " + family.code(),
        "version %d: calibration (%s, fixed-parameter MML, %d attempts, %d responses) estimated %s; %d items of older versions retired"
            .formatted(
                next,
                outcome.model().label(),
                outcome.attempts(),
                responses,
                outcome.estimated(),
                retired));
    return next;
  }

  /**
   * Simulates {@code candidates} candidates answering the active bank through the adaptive test,
   * calibrates their responses and compares the estimates with the generating parameters. Stores
   * nothing.
   *
   * @throws Rejected for N outside 1..{@value #MAX_SIMULATED} or a refused calibration
   */
  public RecoveryCheck recovery(String familyCode, int candidates, long seed) {
    guard.requireAdmin("a recovery check of the bank of " + familyCode);
    if (candidates < 1 || candidates > MAX_SIMULATED) {
      throw new Rejected(
          "Simulate between 1 and " + MAX_SIMULATED + " candidates, was " + candidates);
    }
    AssessmentFamily family = family(familyCode);
    List<AssessmentItem> bank = activeBank(family);
    return recovery(
        family.code(),
        family.delivery(),
        bank,
        items.subskills(family.code(), bank.get(0).contentVersion()),
        candidates,
        seed);
  }

  /**
   * The recovery check on a given bank, without the admin check: the entry of the demo data tool,
   * which runs outside the portal with the database credentials.
   */
  public static RecoveryCheck recovery(
      String familyCode,
      DeliverySettings settings,
      List<AssessmentItem> bank,
      List<BankSubskill> subskills,
      int candidates,
      long seed) {
    RecoverySimulation.Simulated simulated =
        RecoverySimulation.run(bank, subskills, settings, candidates, seed);
    FixedParameterCalibration.Outcome outcome = run(bank, simulated.attempts());
    CalibrationPreview preview = preview(familyCode, bank, outcome, simulated.generating());
    Map<String, AssessmentItem> byCode = new HashMap<>();
    bank.forEach(i -> byCode.put(i.code(), i));
    double[] sums = new double[4];
    int nA = 0;
    int nB = 0;
    for (CalibratedItem c : outcome.result().items()) {
      if (!outcome.estimated().contains(c.item().id())) {
        continue;
      }
      Item truth = simulated.generating().get(c.item().id());
      Item provisional = byCode.get(c.item().id()).scoringItem();
      sums[0] += sq(c.item().discrimination() - truth.discrimination());
      sums[2] += sq(provisional.discrimination() - truth.discrimination());
      nA++;
      for (int k = 0; k < truth.thresholdCount(); k++) {
        sums[1] += sq(c.item().threshold(k) - truth.threshold(k));
        sums[3] += sq(provisional.threshold(k) - truth.threshold(k));
        nB++;
      }
    }
    return new RecoveryCheck(
        candidates,
        seed,
        preview,
        Math.sqrt(sums[0] / nA),
        Math.sqrt(sums[1] / nB),
        Math.sqrt(sums[2] / nA),
        Math.sqrt(sums[3] / nB));
  }

  private static double sq(double v) {
    return v * v;
  }

  private static FixedParameterCalibration.Outcome run(
      List<AssessmentItem> bank, List<ScoredAttempt> data) {
    try {
      return FixedParameterCalibration.run(bank, data);
    } catch (FixedParameterCalibration.Refused refused) {
      throw new Rejected(refused.getMessage());
    }
  }

  private static CalibrationPreview preview(
      String familyCode,
      List<AssessmentItem> bank,
      FixedParameterCalibration.Outcome outcome,
      Map<String, Item> generating) {
    Map<String, AssessmentItem> byCode = new HashMap<>();
    bank.forEach(i -> byCode.put(i.code(), i));
    List<ParameterChange> changes = new ArrayList<>();
    int anchors = 0;
    for (CalibratedItem c : outcome.result().items()) {
      if (c.anchor()) {
        anchors++;
      }
      String code = c.item().id();
      if (!outcome.estimated().contains(code)) {
        continue;
      }
      Item old = byCode.get(code).scoringItem();
      Optional<Item> truth = Optional.ofNullable(generating.get(code));
      changes.add(
          new ParameterChange(
              code,
              outcome.responses().get(code),
              old.discrimination(),
              c.item().discrimination(),
              c.seA(),
              thresholds(old),
              thresholds(c.item()),
              c.seB(),
              old instanceof ThreePlItem t
                  ? OptionalDouble.of(t.guessing())
                  : OptionalDouble.empty(),
              c.item() instanceof ThreePlItem t
                  ? OptionalDouble.of(t.guessing())
                  : OptionalDouble.empty(),
              c.seC(),
              fit(outcome.result().fitOf(code)),
              truth.map(t -> OptionalDouble.of(t.discrimination())).orElse(OptionalDouble.empty()),
              truth.map(ItemCalibration::thresholds).orElse(List.of())));
    }
    return new CalibrationPreview(
        familyCode,
        bank.get(0).contentVersion(),
        outcome.model().label(),
        outcome.attempts(),
        outcome.responses().values().stream().mapToInt(Integer::intValue).sum(),
        anchors,
        outcome.result().latentMean(),
        outcome.result().latentSd(),
        outcome.result().logLikelihood(),
        changes,
        outcome.tooFew());
  }

  /**
   * S-X² as text, or why it is missing: the Orlando–Thissen statistic groups candidates by their
   * summed score over every item, so it needs candidates who answered every item in the data —
   * adaptive tests give none, and the calibrator reports no fit rather than an invented one.
   */
  private static String fit(Optional<ItemFit> fit) {
    return fit.map(
            f ->
                String.format(
                    Locale.ROOT, "S-X² = %.2f, df = %d, p = %.3f", f.sx2(), f.df(), f.p()))
        .orElse(
            "not defined: S-X² needs candidates who answered every item of the calibration;"
                + " adaptive attempts each answer a subset");
  }

  private static List<Double> thresholds(Item item) {
    List<Double> out = new ArrayList<>();
    for (int k = 0; k < item.thresholdCount(); k++) {
      out.add(item.threshold(k));
    }
    return out;
  }

  private List<ScoredAttempt> scoredAttempts(String familyCode) {
    Map<Long, AssessmentItem> byId = new HashMap<>();
    items.allVersions(familyCode).forEach(i -> byId.put(i.id(), i));
    List<ScoredAttempt> out = new ArrayList<>();
    for (AssessmentAttempt a : attempts.finished(familyCode)) {
      Set<String> served = new HashSet<>();
      for (Long id : a.itemIds()) {
        AssessmentItem item = byId.get(id);
        if (item != null) {
          served.add(item.code());
        }
      }
      Map<String, Integer> scored = new LinkedHashMap<>();
      a.answers().stream()
          .sorted(java.util.Comparator.comparing(AttemptAnswer::answeredAt))
          .forEach(x -> scored.put(x.item().code(), x.item().scoredResponse(x.response())));
      out.add(
          new ScoredAttempt(
              served, scored, a.pretestItemId().map(byId::get).map(AssessmentItem::code)));
    }
    return out;
  }

  private List<AssessmentItem> activeBank(AssessmentFamily family) {
    List<AssessmentItem> bank = items.activeBank(family.code());
    if (bank.isEmpty()) {
      throw new Rejected(family.name() + " has no active item bank to calibrate.");
    }
    return bank;
  }

  private AssessmentFamily family(String code) {
    return families
        .byCode(code == null ? "" : code)
        .orElseThrow(() -> new Rejected("There is no assessment family " + code));
  }
}
