package io.skillspassport.web.admin;

import io.skillspassport.roles.boundary.RoleContent;
import io.skillspassport.roles.boundary.RoleSections;
import io.skillspassport.roles.boundary.RoleSections.CareerLevel;
import io.skillspassport.roles.boundary.RoleSections.Compensation;
import io.skillspassport.roles.boundary.RoleSections.Skill;
import io.skillspassport.roles.boundary.RoleSections.Source;
import io.skillspassport.roles.boundary.RoleSections.TitledText;
import io.skillspassport.roles.entity.Role;
import jakarta.persistence.EntityManager;
import jakarta.transaction.UserTransaction;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.naming.InitialContext;

/**
 * Roles of the admin tests: unique slugs, so no test disturbs the shipped role other tests read,
 * complete content to publish, and removal afterwards, so the shared test database ends as it
 * started.
 */
final class TestRoles {

  private TestRoles() {}

  /** A slug no other test uses. */
  static String uniqueSlug(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  /** Content that passes the completeness check, with the given takeaway and weights. */
  static RoleContent complete(String title, String takeaway, Map<String, String> weights) {
    return new RoleContent(
        title,
        650,
        sections(takeaway, "An overview of the role.", List.of()),
        weights.entrySet().stream()
            .map(
                e ->
                    new RoleContent.Weight(
                        e.getKey(), new BigDecimal(e.getValue()), "Why " + e.getKey() + " counts"))
            .toList(),
        List.of(
            new RoleContent.Preset(
                "applied",
                "Applied",
                "More Python",
                Map.of("PYTHON_FUNDAMENTALS", new BigDecimal("0.90")))));
  }

  /** Complete sections whose every text, and the extra titled texts, can carry a payload. */
  static RoleSections sections(String takeaway, String text, List<TitledText> pitfalls) {
    return new RoleSections(
        text,
        text,
        new Compensation("USD", 100_000, 150_000, 200_000, "US", "2026", text),
        text,
        List.of(new TitledText("Framing questions", text)),
        text,
        List.of(new RoleSections.AdjacentRole(null, "Data Scientist", text)),
        text,
        text,
        List.of(new Skill("Reasoning", "COGNITIVE_REASONING", text)),
        List.of(new TitledText("Taste", text)),
        text,
        List.of(new TitledText("Levels", text)),
        text,
        text,
        text,
        text,
        text,
        List.of(new RoleSections.SupplementalExercise("paper", "Read a paper", text)),
        text,
        List.of(new CareerLevel("Researcher", "entry", text)),
        text,
        pitfalls.isEmpty() ? List.of(new TitledText("Benchmark gaming", text)) : pitfalls,
        takeaway,
        List.of(new Source("A citation", "https://example.org/source")),
        text,
        text);
  }

  /**
   * Removes the roles (with every version) and commits, so the shared database keeps only its own.
   */
  static void remove(EntityManager em, List<String> slugs) throws Exception {
    UserTransaction tx = InitialContext.doLookup("java:comp/UserTransaction");
    tx.begin();
    try {
      for (String slug : slugs) {
        em.createQuery("select r from Role r where r.slug = :slug", Role.class)
            .setParameter("slug", slug)
            .getResultStream()
            .forEach(em::remove);
      }
      tx.commit();
    } catch (Exception e) {
      tx.rollback();
      throw e;
    }
  }
}
