package io.skillspassport.web.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.skillspassport.assessments.boundary.AssessmentFamilies;
import io.skillspassport.assessments.boundary.BankItem;
import io.skillspassport.assessments.boundary.ItemBank;
import io.skillspassport.assessments.boundary.ItemBankAdministration;
import io.skillspassport.assessments.entity.AssessmentFamily;
import io.skillspassport.assessments.entity.AssessmentItem;
import io.skillspassport.audit.boundary.AuditAction;
import io.skillspassport.audit.boundary.AuditTrail;
import io.skillspassport.organisations.boundary.Organisations;
import io.skillspassport.organisations.entity.EmployerOrganisation;
import io.skillspassport.platform.boundary.AccessDenied;
import io.skillspassport.platform.boundary.Conflict;
import io.skillspassport.platform.boundary.Rejected;
import io.skillspassport.web.testing.TestCaller;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import javax.naming.InitialContext;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Inside Payara Micro: organisations, assessment families and item banks as admins maintain them.
 * Each test works on an organisation or a family of its own (the family with a small 2PL and
 * graded-response bank) and removes it afterwards, so the shipped families and banks other tests
 * read are never touched.
 */
@ExtendWith(ArquillianExtension.class)
class ContentAdministrationIT {

  @Deployment
  static WebArchive deployment() {
    return AdminDeployment.war(ContentAdministrationIT.class);
  }

  @Inject Organisations organisations;

  @Inject AssessmentFamilies families;

  @Inject ItemBankAdministration banks;

  @Inject AuditTrail audit;

  @Inject TestCaller caller;

  @PersistenceContext(unitName = "passport")
  EntityManager em;

  private final String suffix = UUID.randomUUID().toString().substring(0, 8);
  private final String organisation = "it-org-" + suffix;
  private final String family =
      "IT_FAMILY_" + suffix.toUpperCase(Locale.ROOT).replaceAll("[0-9]", "X");

  @BeforeEach
  void setUp() throws Exception {
    caller.signIn("it-admin", null, "admin");
    inTransaction(
        () -> {
          em.persist(
              new AssessmentFamily(
                  family, "it-family-" + suffix, "IT Family", "A family of the tests", false, 99));
          em.persist(
              AssessmentItem.twoPl(
                  family, "IT-1", 1, 1, "One?", null, List.of("a", "b"), 0, null, 1.0, -0.5));
          em.persist(
              AssessmentItem.twoPl(
                  family, "IT-2", 1, 2, "Two?", null, List.of("a", "b", "c"), 2, null, 1.2, 0.4));
          em.persist(
              AssessmentItem.gradedResponse(
                  family,
                  "IT-3",
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

  @AfterEach
  void removeWhatTheTestMade() throws Exception {
    caller.signOut();
    inTransaction(
        () -> {
          em.createQuery("delete from AssessmentItem i where i.familyCode = :f")
              .setParameter("f", family)
              .executeUpdate();
          em.createQuery("delete from AssessmentFamily f where f.code = :f")
              .setParameter("f", family)
              .executeUpdate();
          em.createQuery("delete from EmployerOrganisation o where o.slug = :s")
              .setParameter("s", organisation)
              .executeUpdate();
        });
  }

  @Test
  void organisationsAreCreatedRenamedAndAudited() {
    var created = organisations.create(organisation, "IT Organisation", "First");
    assertEquals(0, created.activeShares());
    assertThrows(Rejected.class, () -> organisations.create(organisation, "Twice", ""));
    assertThrows(Rejected.class, () -> organisations.create("Not A Slug", "x", ""));

    long version = version(organisation);
    organisations.rename(organisation, version, "IT Organisation Renamed", "Second");
    assertThrows(
        Conflict.class, () -> organisations.rename(organisation, version, "Stale", "Stale"));

    var listed =
        organisations.overview().stream().filter(o -> o.slug().equals(organisation)).findFirst();
    assertEquals("IT Organisation Renamed", listed.orElseThrow().name());
    assertEquals(2, audit.search(organisation, AuditAction.ORGANISATION_CHANGED, 0, 10).total());
  }

  @Test
  void familiesAreDescribedWithOptimisticLocking() {
    var loaded =
        families.administration().stream().filter(f -> f.code().equals(family)).findFirst();
    long version = loaded.orElseThrow().version();

    families.describe(family, version, "IT Family Renamed", "New description", true);
    assertThrows(Conflict.class, () -> families.describe(family, version, "Stale", "Stale", false));
    assertThrows(
        Rejected.class, () -> families.describe(family, version + 1, " ", "Description", false));

    var now = families.catalogue().stream().filter(f -> f.code().equals(family)).findFirst();
    assertEquals("IT Family Renamed", now.orElseThrow().name());
    assertTrue(now.orElseThrow().sampleAvailable());
  }

  @Test
  void newParametersMakeANewBankVersionAndKeepTheOldItemsForEarlierResults() {
    ItemBank before = banks.bank(family);
    assertEquals(1, before.activeVersion());
    assertEquals(3, before.activeCount());
    BankItem graded = item(before, "IT-3", 1);
    assertEquals(List.of(-1.0, 0.8), graded.thresholds());
    // The admin reviews the whole item: IT-2 was made with options a, b, c and key index 2.
    BankItem.Content two = item(before, "IT-2", 1).content();
    assertEquals(List.of("a", "b", "c"), two.options());
    assertEquals(List.of(0, 0, 1), two.optionScores());
    assertEquals("A scenario", graded.content().scenario());

    int version = banks.reparameterise(graded.id(), graded.version(), 1.4, List.of(-0.9, 0.7));

    assertEquals(2, version);
    ItemBank after = banks.bank(family);
    assertEquals(2, after.activeVersion());
    assertEquals(3, after.activeCount());
    assertEquals(List.of(-0.9, 0.7), item(after, "IT-3", 2).thresholds());
    assertEquals(1.4, item(after, "IT-3", 2).discrimination(), 1e-12);
    assertEquals(1.2, item(after, "IT-2", 2).discrimination(), 1e-12);
    BankItem old = item(after, "IT-3", 1);
    assertTrue(old.retired());
    assertEquals(0.9, old.discrimination(), 1e-12, "the old item still scores old attempts");
    AssessmentItem copy =
        em.createQuery(
                "select i from AssessmentItem i where i.familyCode = :f and i.code = 'IT-3'"
                    + " and i.contentVersion = 2",
                AssessmentItem.class)
            .setParameter("f", family)
            .getSingleResult();
    assertEquals(3, copy.scoredResponse(1), "the answer key is copied");
    assertEquals(1, audit.search(family, AuditAction.ITEM_BANK_CHANGED, 0, 10).total());
  }

  @Test
  void parametersOutOfRangeAreRefusedNamingTheValue() {
    ItemBank bank = banks.bank(family);
    BankItem twoPl = item(bank, "IT-1", 1);
    BankItem graded = item(bank, "IT-3", 1);

    var negative =
        assertThrows(
            Rejected.class,
            () -> banks.reparameterise(twoPl.id(), twoPl.version(), -1, List.of(0.0)));
    assertTrue(negative.getMessage().contains("-1"), negative.getMessage());
    assertThrows(
        Rejected.class,
        () -> banks.reparameterise(graded.id(), graded.version(), 1, List.of(0.5, 0.2)));
    assertThrows(
        Rejected.class, () -> banks.reparameterise(graded.id(), graded.version(), 1, List.of(0.5)));
    assertEquals(1, banks.bank(family).activeVersion());
  }

  @Test
  void retiringAndAddingChangeOnlyTheActiveBank() {
    ItemBank bank = banks.bank(family);
    BankItem first = item(bank, "IT-1", 1);

    banks.retire(first.id(), first.version());
    BankItem added =
        banks.addMultipleChoice(family, "IT-4", "Four?", List.of("p", "q"), 1, "Because", 1.1, 0.2);

    ItemBank now = banks.bank(family);
    assertTrue(item(now, "IT-1", 1).retired());
    assertFalse(item(now, "IT-1", 1).active());
    assertTrue(item(now, "IT-4", 1).active());
    assertEquals(4, added.bankPosition());
    assertEquals(3, now.activeCount());
    assertThrows(
        Rejected.class,
        () ->
            banks.addMultipleChoice(
                family, "IT-4", "Again?", List.of("p", "q"), 0, null, 1.1, 0.2));
    assertThrows(
        Rejected.class,
        () -> banks.addMultipleChoice(family, "IT-5", "One option?", List.of("p"), 0, null, 1, 0));
  }

  @Test
  void nobodyButAnAdminMayMaintainContent() {
    caller.signIn("it-employer", "northwind-labs", "employer");

    assertThrows(AccessDenied.class, () -> organisations.create(organisation, "x", ""));
    assertThrows(AccessDenied.class, organisations::overview);
    assertThrows(AccessDenied.class, families::administration);
    assertThrows(AccessDenied.class, () -> banks.bank(family));
    assertThrows(AccessDenied.class, () -> banks.retire(1, 0));
    assertFalse(families.catalogue().isEmpty(), "the catalogue stays public");
  }

  private static BankItem item(ItemBank bank, String code, int contentVersion) {
    return bank.items().stream()
        .filter(i -> i.code().equals(code) && i.contentVersion() == contentVersion)
        .findFirst()
        .orElseThrow();
  }

  private long version(String slug) {
    return em.createQuery(
            "select o from EmployerOrganisation o where o.slug = :s", EmployerOrganisation.class)
        .setParameter("s", slug)
        .getSingleResult()
        .version();
  }

  private void inTransaction(Runnable work) throws Exception {
    UserTransaction tx = InitialContext.doLookup("java:comp/UserTransaction");
    tx.begin();
    try {
      work.run();
      tx.commit();
    } catch (Exception e) {
      tx.rollback();
      throw e;
    }
  }
}
