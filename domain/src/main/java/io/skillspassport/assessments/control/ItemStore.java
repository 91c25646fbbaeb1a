package io.skillspassport.assessments.control;

import io.skillspassport.assessments.entity.AssessmentItem;
import io.skillspassport.assessments.entity.BankSubskill;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Finds and stores the items of the item banks. Runs inside the caller's transaction. */
@ApplicationScoped
public class ItemStore {

  @PersistenceContext(unitName = "passport")
  EntityManager em;

  protected ItemStore() {}

  /** For use outside a container, such as repository tests in Java SE. */
  public ItemStore(EntityManager em) {
    this.em = Objects.requireNonNull(em, "em");
  }

  public AssessmentItem add(AssessmentItem item) {
    em.persist(item);
    return item;
  }

  public Optional<AssessmentItem> byKey(String familyCode, String code, int contentVersion) {
    return em.createQuery(
            "select i from AssessmentItem i where i.familyCode = :family and i.code = :code"
                + " and i.contentVersion = :version",
            AssessmentItem.class)
        .setParameter("family", familyCode)
        .setParameter("code", code)
        .setParameter("version", contentVersion)
        .getResultStream()
        .findFirst();
  }

  /** The items new attempts use: the family's newest content version not retired, bank order. */
  public List<AssessmentItem> activeBank(String familyCode) {
    return em.createQuery(
            "select i from AssessmentItem i where i.familyCode = :family and i.retired = false"
                + " and i.contentVersion = (select max(o.contentVersion) from AssessmentItem o"
                + " where o.familyCode = :family and o.retired = false)"
                + " order by i.bankPosition, i.code",
            AssessmentItem.class)
        .setParameter("family", familyCode)
        .getResultList();
  }

  /** Every item of one content version of the family's bank (retired or not), bank order. */
  public List<AssessmentItem> version(String familyCode, int contentVersion) {
    return em.createQuery(
            "select i from AssessmentItem i where i.familyCode = :family"
                + " and i.contentVersion = :version order by i.bankPosition, i.code",
            AssessmentItem.class)
        .setParameter("family", familyCode)
        .setParameter("version", contentVersion)
        .getResultList();
  }

  /** The families that have an active bank. */
  public List<String> familiesWithABank() {
    return em.createQuery(
            "select distinct i.familyCode from AssessmentItem i where i.retired = false",
            String.class)
        .getResultList();
  }

  /** Every item of the family, all versions, retired or not. */
  public List<AssessmentItem> allVersions(String familyCode) {
    return em.createQuery(
            "select i from AssessmentItem i where i.familyCode = :family"
                + " order by i.contentVersion, i.bankPosition",
            AssessmentItem.class)
        .setParameter("family", familyCode)
        .getResultList();
  }

  /** Retires every item of the family older than {@code contentVersion}; returns how many. */
  public int retireOlderThan(String familyCode, int contentVersion) {
    int retired = 0;
    for (AssessmentItem item : allVersions(familyCode)) {
      if (item.contentVersion() < contentVersion && !item.isRetired()) {
        item.retire();
        retired++;
      }
    }
    return retired;
  }

  public List<AssessmentItem> byIds(Collection<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return em.createQuery("select i from AssessmentItem i where i.id in :ids", AssessmentItem.class)
        .setParameter("ids", ids)
        .getResultList();
  }

  public Optional<AssessmentItem> byId(long id) {
    return Optional.ofNullable(em.find(AssessmentItem.class, id));
  }

  public BankSubskill add(BankSubskill subskill) {
    em.persist(subskill);
    return subskill;
  }

  /** The sub-skills of one content version of the family's bank, by code. */
  public List<BankSubskill> subskills(String familyCode, int contentVersion) {
    return em.createQuery(
            "select s from BankSubskill s where s.familyCode = :family"
                + " and s.contentVersion = :version order by s.code",
            BankSubskill.class)
        .setParameter("family", familyCode)
        .setParameter("version", contentVersion)
        .getResultList();
  }
}
