package io.skillspassport.assessments.boundary;

import io.skillspassport.assessments.control.FamilyStore;
import io.skillspassport.assessments.control.ItemStore;
import io.skillspassport.assessments.entity.AssessmentFamily;
import io.skillspassport.assessments.entity.AssessmentItem;
import io.skillspassport.assessments.entity.ParameterStatus;
import io.skillspassport.audit.boundary.AuditAction;
import io.skillspassport.audit.boundary.AuditTrail;
import io.skillspassport.platform.boundary.Conflict;
import io.skillspassport.platform.boundary.Guard;
import io.skillspassport.platform.boundary.Rejected;
import io.skillspassport.scoring.irt.Item;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The item banks as admins maintain them. Every method checks that the caller is an admin.
 *
 * <p>Items are never overwritten, because attempts are scored against the exact items they were
 * taken with. Retiring takes an item out of new attempts only. New IRT parameters for an item make
 * a new content version of the whole bank — the active items copied, the changed one with its new
 * parameters — and retire the previous version, so every earlier result stays scorable.
 */
@ApplicationScoped
@Transactional
public class ItemBankAdministration {

  private static final String CODE = "[A-Za-z0-9]+([-_][A-Za-z0-9]+)*";

  @Inject ItemStore items;

  @Inject FamilyStore families;

  @Inject Guard guard;

  @Inject AuditTrail log;

  /**
   * The item bank of a family, every version, newest version first.
   *
   * @throws Rejected for an unknown family
   */
  public ItemBank bank(String familyCode) {
    guard.requireAdmin("the item bank of " + familyCode);
    AssessmentFamily family = family(familyCode);
    List<AssessmentItem> active = items.activeBank(family.code());
    int activeVersion = active.isEmpty() ? 0 : active.get(0).contentVersion();
    List<BankItem> all =
        items.allVersions(family.code()).stream()
            .sorted(
                Comparator.comparingInt(AssessmentItem::contentVersion)
                    .reversed()
                    .thenComparingInt(AssessmentItem::bankPosition))
            .map(i -> item(i, active.contains(i)))
            .toList();
    return new ItemBank(family.code(), family.name(), activeVersion, all);
  }

  /**
   * Takes an item out of new attempts; attempts already started, and their results, keep it.
   *
   * @throws Rejected when the item is unknown or changed since the admin loaded it
   */
  public void retire(long itemId, long expectedVersion) {
    guard.requireAdmin("retiring item " + itemId);
    AssessmentItem item = current(itemId, expectedVersion);
    if (item.isRetired()) {
      return;
    }
    item.retire();
    log.record(
        AuditAction.ITEM_BANK_CHANGED,
        "item bank " + item.familyCode(),
        "retired item " + item.code() + " of version " + item.contentVersion());
  }

  /**
   * Gives an active item new IRT parameters by publishing a new content version of its bank.
   *
   * @param a the discrimination, &gt; 0
   * @param thresholds the difficulty b (one value) for a 2PL item; the strictly increasing
   *     thresholds, as many as before, for a graded-response item
   * @return the new content version
   * @throws Rejected when the item is not active, changed meanwhile, or a parameter is out of range
   */
  public int reparameterise(long itemId, long expectedVersion, double a, List<Double> thresholds) {
    guard.requireAdmin("changing the parameters of item " + itemId);
    AssessmentItem edited = current(itemId, expectedVersion);
    List<AssessmentItem> active = items.activeBank(edited.familyCode());
    if (!active.contains(edited)) {
      throw new Rejected(
          "item", "Item " + edited.code() + " is not in the active bank; only active items change");
    }
    Item before = edited.scoringItem();
    checkParameters(edited.code(), before.thresholdCount(), a, thresholds);
    int newVersion =
        items.allVersions(edited.familyCode()).stream()
                .mapToInt(AssessmentItem::contentVersion)
                .max()
                .orElse(0)
            + 1;
    for (AssessmentItem item : active) {
      boolean isEdited = item.equals(edited);
      Item params = item.scoringItem();
      double slope = isEdited ? a : params.discrimination();
      double[] cuts =
          isEdited
              ? thresholds.stream().mapToDouble(Double::doubleValue).toArray()
              : IntStream.range(0, params.thresholdCount())
                  .mapToDouble(params::threshold)
                  .toArray();
      items.add(copy(item, newVersion, slope, cuts));
    }
    int retired = items.retireOlderThan(edited.familyCode(), newVersion);
    log.record(
        AuditAction.ITEM_BANK_CHANGED,
        "item bank " + edited.familyCode(),
        "version %d: item %s a %s → %s, thresholds %s → %s; %d items of older versions retired"
            .formatted(
                newVersion,
                edited.code(),
                before.discrimination(),
                a,
                IntStream.range(0, before.thresholdCount())
                    .mapToObj(k -> Double.toString(before.threshold(k)))
                    .toList(),
                thresholds,
                retired));
    return newVersion;
  }

  /**
   * Adds a multiple-choice (2PL) item to the family's active bank, after its other items.
   *
   * @param options the option texts in display order, at least two
   * @param correct the 0-based index of the correct option
   * @throws Rejected when the code is malformed or taken, or a value is out of range
   */
  public BankItem addMultipleChoice(
      String familyCode,
      String code,
      String stem,
      List<String> options,
      int correct,
      String explanation,
      double a,
      double b) {
    guard.requireAdmin("adding an item to the bank of " + familyCode);
    AssessmentFamily family = family(familyCode);
    String clean = code == null ? "" : code.strip();
    if (!clean.matches(CODE)) {
      throw new Rejected(
          "code", "An item code is letters and digits joined by - or _, was '" + clean + "'");
    }
    if (stem == null || stem.isBlank()) {
      throw new Rejected("stem", "An item needs a question");
    }
    List<String> given =
        options == null
            ? List.of()
            : options.stream().filter(o -> o != null && !o.isBlank()).map(String::strip).toList();
    if (given.size() < 2) {
      throw new Rejected("options", "An item needs at least two options");
    }
    if (correct < 0 || correct >= given.size()) {
      throw new Rejected(
          "correct",
          "The correct option must be one of 1.." + given.size() + ", was " + (correct + 1));
    }
    checkParameters(clean, 1, a, List.of(b));
    List<AssessmentItem> active = items.activeBank(family.code());
    int version =
        active.isEmpty()
            ? items.allVersions(family.code()).stream()
                    .mapToInt(AssessmentItem::contentVersion)
                    .max()
                    .orElse(0)
                + 1
            : active.get(0).contentVersion();
    if (items.byKey(family.code(), clean, version).isPresent()) {
      throw new Rejected(
          "code", "Version " + version + " of the bank has an item " + clean + " already");
    }
    int position = active.stream().mapToInt(AssessmentItem::bankPosition).max().orElse(0) + 1;
    AssessmentItem added =
        items.add(
            AssessmentItem.twoPl(
                family.code(),
                clean,
                version,
                position,
                stem.strip(),
                null,
                given,
                correct,
                explanation == null || explanation.isBlank() ? null : explanation.strip(),
                a,
                b));
    log.record(
        AuditAction.ITEM_BANK_CHANGED,
        "item bank " + family.code(),
        "added item %s to version %d (a %s, b %s)".formatted(clean, version, a, b));
    return item(added, true);
  }

  private static void checkParameters(
      String code, int thresholdCount, double a, List<Double> thresholds) {
    if (!(a > 0) || !Double.isFinite(a) || a > 10) {
      throw new Rejected("a", "The discrimination a of " + code + " must lie in (0, 10], was " + a);
    }
    if (thresholds == null || thresholds.size() != thresholdCount) {
      throw new Rejected(
          "thresholds",
          code
              + " needs "
              + thresholdCount
              + (thresholdCount == 1 ? " difficulty" : " thresholds")
              + ", was "
              + (thresholds == null ? "none" : thresholds.toString()));
    }
    for (int k = 0; k < thresholds.size(); k++) {
      double t = thresholds.get(k);
      if (!Double.isFinite(t) || Math.abs(t) > 6) {
        throw new Rejected(
            "thresholds", "Thresholds of " + code + " must lie in [-6, 6], was " + t);
      }
      if (k > 0 && t <= thresholds.get(k - 1)) {
        throw new Rejected(
            "thresholds", "Thresholds of " + code + " must increase strictly, were " + thresholds);
      }
    }
  }

  /**
   * A new row with the same content as {@code item} in {@code version}, with new parameters: set by
   * hand, so provisional whatever the item's were.
   */
  private static AssessmentItem copy(
      AssessmentItem item, int version, double a, double[] thresholds) {
    return item.reparameterised(version, a, thresholds, ParameterStatus.PROVISIONAL);
  }

  private AssessmentItem current(long itemId, long expectedVersion) {
    AssessmentItem item =
        items.byId(itemId).orElseThrow(() -> new Rejected("item", "There is no item " + itemId));
    if (item.version() != expectedVersion) {
      throw new Conflict(
          "Someone else changed item " + item.code() + " after you loaded it; reload");
    }
    return item;
  }

  private AssessmentFamily family(String code) {
    return families
        .byCode(code == null ? "" : code)
        .orElseThrow(() -> new Rejected("family", "There is no assessment family " + code));
  }

  private static BankItem item(AssessmentItem i, boolean active) {
    Item params = i.scoringItem();
    List<Double> thresholds = new ArrayList<>();
    for (int k = 0; k < params.thresholdCount(); k++) {
      thresholds.add(params.threshold(k));
    }
    return new BankItem(
        i.id(),
        i.code(),
        i.contentVersion(),
        i.kind().name(),
        i.bankPosition(),
        i.stem(),
        params.discrimination(),
        thresholds,
        i.guessing().orElse(0.0),
        i.isRetired(),
        active,
        i.version(),
        new BankItem.Content(
            i.scenario() == null ? "" : i.scenario(),
            i.codeSnippet() == null ? "" : i.codeSnippet(),
            i.material().orElse(""),
            i.options(),
            java.util.stream.IntStream.range(0, i.options().size())
                .map(i::scoredResponse)
                .boxed()
                .toList(),
            i.explanation() == null ? "" : i.explanation()));
  }
}
