package io.skillspassport.assessments.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.skillspassport.assessments.control.FamilyStore;
import io.skillspassport.assessments.control.ItemStore;
import io.skillspassport.assessments.entity.AssessmentFamily;
import io.skillspassport.assessments.entity.AssessmentItem;
import io.skillspassport.audit.boundary.AuditAction;
import io.skillspassport.audit.control.AuditLogFixture;
import io.skillspassport.platform.boundary.AccessDenied;
import io.skillspassport.platform.boundary.Caller;
import io.skillspassport.platform.boundary.Conflict;
import io.skillspassport.platform.boundary.Guard;
import io.skillspassport.platform.boundary.Rejected;
import io.skillspassport.testing.Database;
import io.skillspassport.testing.FixedCaller;
import io.skillspassport.testing.ShippedFamiliesAndRoles;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The admin's content use cases through the real stores and audit log on a migrated H2: families
 * are described under optimistic locking; new item parameters make a new bank version holding a
 * copy of every active item and retire the old ones (which keep their parameters for earlier
 * results); retiring and adding change only the active bank; parameters out of range are refused
 * naming the value; nobody but an admin maintains content, while the catalogue stays public.
 *
 * <p>Moved from {@code web}'s {@code ContentAdministrationIT} (families and item banks, same
 * assertions) and extended. Every test makes a family of its own with three items — two 2PL items
 * and a graded-response item with three categories — so the tests share one database and may run in
 * any order; expected parameters are the ones typed in here.
 */
class ContentAdministrationTest {

  private static final FixedCaller ADMIN = new FixedCaller("ada", null, Set.of(Caller.ADMIN));

  private static Database db;

  private final String suffix = UUID.randomUUID().toString().substring(0, 8);

  /**
   * A family code of the test's own: the suffix's hex digits as letters (0–9 → G–P, a–f → A–F), so
   * two tests never share one. (Mapping every digit to X made "XXXXXXXX" a 2% draw per test, and
   * two such tests collided on the unique code in a CI run.)
   */
  private final String family = "T_FAMILY_" + letters(suffix);

  private static String letters(String hex) {
    StringBuilder code = new StringBuilder();
    for (char c : hex.toCharArray()) {
      code.append(Character.isDigit(c) ? (char) ('G' + (c - '0')) : Character.toUpperCase(c));
    }
    return code.toString();
  }

  private final List<String> denied = new ArrayList<>();

  @BeforeAll
  static void database() {
    db = ShippedFamiliesAndRoles.database(ContentAdministrationTest.class);
  }

  @BeforeEach
  void aFamilyWithThreeItems() {
    db.run(
        em -> {
          em.persist(
              new AssessmentFamily(
                  family, "t-family-" + suffix, "Test Family", "A family of the tests", false, 99));
          em.persist(
              AssessmentItem.twoPl(
                  family, "T-1", 1, 1, "One?", null, List.of("a", "b"), 0, null, 1.0, -0.5));
          em.persist(
              AssessmentItem.twoPl(
                  family, "T-2", 1, 2, "Two?", null, List.of("a", "b", "c"), 2, null, 1.2, 0.4));
          em.persist(
              AssessmentItem.gradedResponse(
                  family,
                  "T-3",
                  1,
                  3,
                  "A scenario",
                  "Three?",
                  List.of("x", "y", "z"),
                  List.of(1, 3, 2),
                  null,
                  0.9,
                  new double[] {-1.0, 0.8}));
        });
  }

  /**
   * The summary that describe returns carries the version the database now holds, so an editor that
   * keeps it can save twice in a row without reloading; the version from before the write would
   * make the second save a conflict with itself.
   */
  @Test
  void theReturnedVersionIsTheStoredOneSoASecondDescribeWithItSucceeds() {
    long loaded = storedVersion();

    FamilyAdminSummary first =
        families(ADMIN, f -> f.describe(family, loaded, "Once", "First text", false));
    assertThat(first.version()).isEqualTo(storedVersion()).isNotEqualTo(loaded);
    FamilyAdminSummary second =
        families(ADMIN, f -> f.describe(family, first.version(), "Twice", "Second text", true));

    assertThat(second.version()).isEqualTo(storedVersion()).isNotEqualTo(first.version());
    assertThat(second.name()).isEqualTo("Twice");
    assertThatThrownBy(
            () -> families(ADMIN, f -> f.describe(family, first.version(), "S", "S", true)))
        .isInstanceOf(Conflict.class)
        .hasMessageContaining("Someone else changed Twice");
  }

  private long storedVersion() {
    return families(ADMIN, AssessmentFamilies::administration).stream()
        .filter(f -> f.code().equals(family))
        .findFirst()
        .orElseThrow()
        .version();
  }

  @Test
  void familiesAreDescribedWithOptimisticLocking() {
    long version =
        families(ADMIN, AssessmentFamilies::administration).stream()
            .filter(f -> f.code().equals(family))
            .findFirst()
            .orElseThrow()
            .version();

    FamilyAdminSummary described =
        families(ADMIN, f -> f.describe(family, version, " Renamed ", " New description ", true));

    assertThat(described.name()).isEqualTo("Renamed");
    assertThat(described.description()).isEqualTo("New description");
    assertThat(described.sampleAvailable()).isTrue();
    long now =
        families(ADMIN, AssessmentFamilies::administration).stream()
            .filter(f -> f.code().equals(family))
            .findFirst()
            .orElseThrow()
            .version();
    assertThat(now).isNotEqualTo(version);
    assertThatThrownBy(() -> families(ADMIN, f -> f.describe(family, version, "S", "S", false)))
        .isInstanceOf(Conflict.class);
    assertThat(rejected(() -> families(ADMIN, f -> f.describe(family, now, " ", "D", false))))
        .isEqualTo("name");
    assertThat(rejected(() -> families(ADMIN, f -> f.describe(family, now, null, "D", false))))
        .isEqualTo("name");
    assertThat(rejected(() -> families(ADMIN, f -> f.describe(family, now, "N", " ", false))))
        .isEqualTo("description");
    assertThat(rejected(() -> families(ADMIN, f -> f.describe(family, now, "N", null, false))))
        .isEqualTo("description");
    assertThat(rejected(() -> families(ADMIN, f -> f.describe(family + "X", 0, "N", "D", false))))
        .isEqualTo("code");
    assertThat(rejected(() -> families(ADMIN, f -> f.describe(null, 0, "N", "D", false))))
        .isEqualTo("code");

    FamilySummary listed =
        families(FixedCaller.candidate("cara"), AssessmentFamilies::catalogue).stream()
            .filter(f -> f.code().equals(family))
            .findFirst()
            .orElseThrow();
    assertThat(listed.name()).isEqualTo("Renamed");
    assertThat(listed.slug()).isEqualTo("t-family-" + suffix);
    assertThat(listed.sampleAvailable()).isTrue();
    assertThat(audited("family " + family, AuditAction.CONTENT_CHANGED)).isEqualTo(1);
  }

  @Test
  void newParametersMakeANewBankVersionAndKeepTheOldItemsForEarlierResults() {
    ItemBank before = banks(ADMIN, b -> b.bank(family));
    assertThat(before.activeVersion()).isEqualTo(1);
    assertThat(before.activeCount()).isEqualTo(3);
    assertThat(before.familyName()).isEqualTo("Test Family");
    BankItem graded = item(before, "T-3", 1);
    assertThat(graded.thresholds()).containsExactly(-1.0, 0.8);
    assertThat(graded.kind()).isEqualTo("GRADED_RESPONSE");
    // The admin reviews the whole item: T-2 was made with options a, b, c and key index 2.
    BankItem.Content two = item(before, "T-2", 1).content();
    assertThat(two.options()).containsExactly("a", "b", "c");
    assertThat(two.optionScores()).containsExactly(0, 0, 1);
    assertThat(graded.content().scenario()).isEqualTo("A scenario");
    assertThat(graded.content().optionScores()).containsExactly(1, 3, 2);

    int version =
        banks(ADMIN, b -> b.reparameterise(graded.id(), graded.version(), 1.4, List.of(-0.9, 0.7)));

    assertThat(version).isEqualTo(2);
    ItemBank after = banks(ADMIN, b -> b.bank(family));
    assertThat(after.activeVersion()).isEqualTo(2);
    assertThat(after.activeCount()).isEqualTo(3);
    assertThat(after.items()).hasSize(6);
    assertThat(item(after, "T-3", 2).thresholds()).containsExactly(-0.9, 0.7);
    assertThat(item(after, "T-3", 2).discrimination()).isCloseTo(1.4, within(1e-12));
    assertThat(item(after, "T-2", 2).discrimination()).isCloseTo(1.2, within(1e-12));
    assertThat(item(after, "T-1", 2).thresholds()).containsExactly(-0.5);
    BankItem old = item(after, "T-3", 1);
    assertThat(old.retired()).isTrue();
    assertThat(old.active()).isFalse();
    assertThat(old.discrimination())
        .as("the old item still scores old attempts")
        .isCloseTo(0.9, within(1e-12));
    // Newest version first, then by position.
    assertThat(after.items())
        .extracting(BankItem::code, BankItem::contentVersion)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("T-1", 2),
            org.assertj.core.groups.Tuple.tuple("T-2", 2),
            org.assertj.core.groups.Tuple.tuple("T-3", 2),
            org.assertj.core.groups.Tuple.tuple("T-1", 1),
            org.assertj.core.groups.Tuple.tuple("T-2", 1),
            org.assertj.core.groups.Tuple.tuple("T-3", 1));
    AssessmentItem copy =
        db.inTransaction(
            em ->
                em.createQuery(
                        "select i from AssessmentItem i where i.familyCode = :f and i.code = 'T-3'"
                            + " and i.contentVersion = 2",
                        AssessmentItem.class)
                    .setParameter("f", family)
                    .getSingleResult());
    assertThat(copy.scoredResponse(1)).as("the answer key is copied").isEqualTo(3);
    assertThat(audited("item bank " + family, AuditAction.ITEM_BANK_CHANGED)).isEqualTo(1);
    // The old version is no longer active: changing it is refused.
    assertThatThrownBy(
            () ->
                banks(ADMIN, b -> b.reparameterise(old.id(), old.version(), 1, List.of(0.0, 1.0))))
        .isInstanceOfSatisfying(Rejected.class, e -> assertThat(e.field()).isEqualTo("item"))
        .hasMessageContaining("not in the active bank");
  }

  @Test
  void parametersOutOfRangeAreRefusedNamingTheValue() {
    ItemBank bank = banks(ADMIN, b -> b.bank(family));
    BankItem twoPl = item(bank, "T-1", 1);
    BankItem graded = item(bank, "T-3", 1);

    assertThatThrownBy(
            () ->
                banks(ADMIN, b -> b.reparameterise(twoPl.id(), twoPl.version(), -1, List.of(0.0))))
        .isInstanceOf(Rejected.class)
        .hasMessageContaining("-1");
    assertThat(reparameterised(twoPl, 0, List.of(0.0))).isEqualTo("a");
    assertThat(reparameterised(twoPl, 10.01, List.of(0.0))).isEqualTo("a");
    assertThat(reparameterised(twoPl, Double.NaN, List.of(0.0))).isEqualTo("a");
    assertThat(reparameterised(twoPl, 1, List.of(6.01))).isEqualTo("thresholds");
    assertThat(reparameterised(twoPl, 1, List.of(-6.01))).isEqualTo("thresholds");
    assertThat(reparameterised(twoPl, 1, null)).isEqualTo("thresholds");
    assertThat(reparameterised(graded, 1, List.of(0.5, 0.2))).isEqualTo("thresholds");
    assertThat(reparameterised(graded, 1, List.of(0.5, 0.5))).isEqualTo("thresholds");
    assertThat(reparameterised(graded, 1, List.of(0.5))).isEqualTo("thresholds");
    assertThat(banks(ADMIN, b -> b.bank(family)).activeVersion()).isEqualTo(1);
    assertThat(audited("item bank " + family, AuditAction.ITEM_BANK_CHANGED)).isZero();
  }

  @Test
  void theEdgesOfTheRangesAreAccepted() {
    ItemBank bank = banks(ADMIN, b -> b.bank(family));
    BankItem twoPl = item(bank, "T-1", 1);

    int version =
        banks(ADMIN, b -> b.reparameterise(twoPl.id(), twoPl.version(), 10, List.of(6.0)));
    BankItem edge = item(banks(ADMIN, b -> b.bank(family)), "T-1", version);
    int next = banks(ADMIN, b -> b.reparameterise(edge.id(), edge.version(), 0.01, List.of(-6.0)));

    BankItem low = item(banks(ADMIN, b -> b.bank(family)), "T-1", next);
    assertThat(next).isEqualTo(3);
    assertThat(low.discrimination()).isCloseTo(0.01, within(1e-12));
    assertThat(low.thresholds()).containsExactly(-6.0);
  }

  @Test
  void aStaleOrUnknownItemIsRefused() {
    BankItem first = item(banks(ADMIN, b -> b.bank(family)), "T-1", 1);

    assertThatThrownBy(
            () ->
                banks(
                    ADMIN, b -> b.reparameterise(first.id(), first.version() + 1, 1, List.of(0.0))))
        .isInstanceOf(Conflict.class);
    assertThatThrownBy(() -> voidBanks(ADMIN, b -> b.retire(first.id(), first.version() + 1)))
        .isInstanceOf(Conflict.class);
    assertThat(rejected(() -> voidBanks(ADMIN, b -> b.retire(Long.MAX_VALUE, 0))))
        .isEqualTo("item");
    assertThat(rejected(() -> banks(ADMIN, b -> b.bank(family + "X")))).isEqualTo("family");
    assertThat(rejected(() -> banks(ADMIN, b -> b.bank(null)))).isEqualTo("family");
  }

  @Test
  void retiringAndAddingChangeOnlyTheActiveBank() {
    ItemBank bank = banks(ADMIN, b -> b.bank(family));
    BankItem first = item(bank, "T-1", 1);

    voidBanks(ADMIN, b -> b.retire(first.id(), first.version()));
    BankItem added =
        banks(
            ADMIN,
            b ->
                b.addMultipleChoice(
                    family,
                    " T-4 ",
                    " Four? ",
                    List.of(" p ", "q", " "),
                    1,
                    " Because ",
                    1.1,
                    0.2));

    ItemBank now = banks(ADMIN, b -> b.bank(family));
    assertThat(item(now, "T-1", 1).retired()).isTrue();
    assertThat(item(now, "T-1", 1).active()).isFalse();
    assertThat(item(now, "T-4", 1).active()).isTrue();
    assertThat(added.code()).isEqualTo("T-4");
    assertThat(added.stem()).isEqualTo("Four?");
    assertThat(added.content().options()).containsExactly("p", "q");
    assertThat(added.content().optionScores()).containsExactly(0, 1);
    assertThat(added.content().explanation()).isEqualTo("Because");
    assertThat(added.discrimination()).isCloseTo(1.1, within(1e-12));
    assertThat(added.thresholds()).containsExactly(0.2);
    assertThat(added.bankPosition()).isEqualTo(4);
    assertThat(added.contentVersion()).isEqualTo(1);
    assertThat(now.activeCount()).isEqualTo(3);
    assertThat(audited("item bank " + family, AuditAction.ITEM_BANK_CHANGED)).isEqualTo(2);
    // Retiring a retired item changes and audits nothing.
    long retiredVersion = item(now, "T-1", 1).version();
    voidBanks(ADMIN, b -> b.retire(first.id(), retiredVersion));
    assertThat(audited("item bank " + family, AuditAction.ITEM_BANK_CHANGED)).isEqualTo(2);

    assertThat(added(" T-4", "Again?", List.of("p", "q"), 0)).isEqualTo("code");
    assertThat(added("T 5", "Q?", List.of("p", "q"), 0)).isEqualTo("code");
    assertThat(added(null, "Q?", List.of("p", "q"), 0)).isEqualTo("code");
    assertThat(added("T-5", " ", List.of("p", "q"), 0)).isEqualTo("stem");
    assertThat(added("T-5", null, List.of("p", "q"), 0)).isEqualTo("stem");
    assertThat(added("T-5", "One option?", List.of("p", " "), 0)).isEqualTo("options");
    assertThat(added("T-5", "No options?", null, 0)).isEqualTo("options");
    assertThat(added("T-5", "Key?", List.of("p", "q"), 2)).isEqualTo("correct");
    assertThat(added("T-5", "Key?", List.of("p", "q"), -1)).isEqualTo("correct");
    assertThat(banks(ADMIN, b -> b.bank(family)).items()).hasSize(4);
  }

  @Test
  void nobodyButAnAdminMayMaintainContent() {
    FixedCaller employer = FixedCaller.employer("erin", "northwind-labs");

    assertThatThrownBy(() -> families(employer, AssessmentFamilies::administration))
        .isInstanceOf(AccessDenied.class);
    assertThatThrownBy(() -> families(employer, f -> f.describe(family, 0, "N", "D", true)))
        .isInstanceOf(AccessDenied.class);
    assertThatThrownBy(() -> banks(employer, b -> b.bank(family))).isInstanceOf(AccessDenied.class);
    assertThatThrownBy(() -> voidBanks(employer, b -> b.retire(1, 0)))
        .isInstanceOf(AccessDenied.class);
    assertThatThrownBy(() -> banks(employer, b -> b.reparameterise(1, 0, 1, List.of(0.0))))
        .isInstanceOf(AccessDenied.class);
    assertThatThrownBy(
            () ->
                banks(
                    employer,
                    b ->
                        b.addMultipleChoice(family, "T-9", "Q?", List.of("p", "q"), 0, null, 1, 0)))
        .isInstanceOf(AccessDenied.class);
    assertThat(denied)
        .containsExactly(
            "the assessment families",
            "editing assessment family " + family,
            "the item bank of " + family,
            "retiring item 1",
            "changing the parameters of item 1",
            "adding an item to the bank of " + family);
    assertThat(families(employer, AssessmentFamilies::catalogue))
        .as("the catalogue stays public")
        .extracting(FamilySummary::code)
        .contains(family, "DATA_ANALYSIS");
  }

  private String reparameterised(BankItem item, double a, List<Double> thresholds) {
    return rejected(
        () -> banks(ADMIN, b -> b.reparameterise(item.id(), item.version(), a, thresholds)));
  }

  private String added(String code, String stem, List<String> options, int correct) {
    return rejected(
        () ->
            banks(
                ADMIN, b -> b.addMultipleChoice(family, code, stem, options, correct, null, 1, 0)));
  }

  /** The field a refusal names, failing when nothing was refused. */
  private static String rejected(Runnable change) {
    try {
      change.run();
    } catch (Rejected e) {
      return e.field();
    }
    throw new AssertionError("not refused");
  }

  private static BankItem item(ItemBank bank, String code, int contentVersion) {
    return bank.items().stream()
        .filter(i -> i.code().equals(code) && i.contentVersion() == contentVersion)
        .findFirst()
        .orElseThrow();
  }

  private long audited(String target, AuditAction action) {
    return db.inTransaction(em -> AuditLogFixture.of(em).count(target, action));
  }

  private <T> T families(FixedCaller caller, Function<AssessmentFamilies, T> use) {
    return db.inTransaction(
        em -> {
          AssessmentFamilies families = new AssessmentFamilies();
          families.store = new FamilyStore(em);
          families.guard = guard(caller);
          families.log =
              io.skillspassport.audit.boundary.TestAuditTrail.of(AuditLogFixture.of(em), caller);
          return use.apply(families);
        });
  }

  private <T> T banks(FixedCaller caller, Function<ItemBankAdministration, T> use) {
    return db.inTransaction(em -> use.apply(banks(em, caller)));
  }

  private void voidBanks(
      FixedCaller caller, java.util.function.Consumer<ItemBankAdministration> use) {
    db.run(em -> use.accept(banks(em, caller)));
  }

  private ItemBankAdministration banks(EntityManager em, FixedCaller caller) {
    ItemBankAdministration banks = new ItemBankAdministration();
    banks.items = new ItemStore(em);
    banks.families = new FamilyStore(em);
    banks.guard = guard(caller);
    banks.log = io.skillspassport.audit.boundary.TestAuditTrail.of(AuditLogFixture.of(em), caller);
    return banks;
  }

  /** The real guard, keeping what was refused instead of firing the audit event. */
  private Guard guard(FixedCaller caller) {
    return new Guard(caller) {
      @Override
      public AccessDenied refuse(String what, String reason, String message) {
        denied.add(what);
        return super.refuse(what, reason, message);
      }
    };
  }
}
