package io.skillspassport.web.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.skillspassport.audit.boundary.AuditAction;
import io.skillspassport.audit.boundary.AuditTrail;
import io.skillspassport.platform.boundary.AccessDenied;
import io.skillspassport.platform.boundary.Conflict;
import io.skillspassport.platform.boundary.Problem;
import io.skillspassport.platform.boundary.Rejected;
import io.skillspassport.roles.boundary.RoleAdministration;
import io.skillspassport.roles.boundary.RoleContent;
import io.skillspassport.roles.boundary.RoleDraft;
import io.skillspassport.roles.boundary.RoleVersionInfo;
import io.skillspassport.roles.boundary.Roles;
import io.skillspassport.roles.entity.Role;
import io.skillspassport.roles.entity.RoleVersion;
import io.skillspassport.web.testing.TestCaller;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Inside Payara Micro, through the boundary: drafts, publishing and immutable versions, the
 * completeness check, validation naming field and value, the optimistic-locking conflict, and the
 * refusal (with its audit entry) of anyone but an admin. Every test works on roles of its own.
 */
@ExtendWith(ArquillianExtension.class)
class RoleAdministrationIT {

  @Deployment
  static WebArchive deployment() {
    return AdminDeployment.war(RoleAdministrationIT.class);
  }

  @Inject RoleAdministration admin;

  @Inject Roles roles;

  @Inject AuditTrail audit;

  @Inject TestCaller caller;

  @PersistenceContext(unitName = "passport")
  EntityManager em;

  private final List<String> created = new ArrayList<>();

  @BeforeEach
  void signInAsAdmin() {
    caller.signIn("it-admin", null, "admin");
  }

  @AfterEach
  void removeTheRolesOfThisTest() throws Exception {
    caller.signOut();
    TestRoles.remove(em, created);
  }

  private RoleDraft newRole(String prefix, String title) {
    String slug = TestRoles.uniqueSlug(prefix);
    created.add(slug);
    return admin.create(slug, title);
  }

  @Test
  void publishingMakesImmutableVersionsAndThePublicPageFollowsTheNewest() {
    RoleDraft draft = newRole("it-versions", "Versioned Role");
    String slug = draft.slug();
    RoleDraft saved =
        admin.saveDraft(
            slug,
            draft.version(),
            TestRoles.complete(
                "Versioned Role",
                "First takeaway",
                Map.of("COGNITIVE_REASONING", "0.75", "PYTHON_FUNDAMENTALS", "0.50")));
    assertEquals(1, admin.publish(slug, saved.version()));
    assertEquals("First takeaway", roles.page(slug).orElseThrow().sections().takeaway());

    RoleDraft second = admin.draft(slug);
    assertEquals(2, second.number());
    assertEquals("First takeaway", second.content().sections().takeaway());
    RoleDraft edited =
        admin.saveDraft(
            slug,
            second.version(),
            TestRoles.complete(
                "Versioned Role",
                "Second takeaway",
                Map.of("COGNITIVE_REASONING", "0.60", "DATA_ANALYSIS", "0.40")));
    assertEquals(
        "First takeaway",
        roles.page(slug).orElseThrow().sections().takeaway(),
        "a draft is not public");
    assertEquals(2, admin.publish(slug, edited.version()));

    var page = roles.page(slug).orElseThrow();
    assertEquals(2, page.versionNumber());
    assertEquals("Second takeaway", page.sections().takeaway());
    RoleVersion first =
        em.createQuery("select r from Role r where r.slug = :slug", Role.class)
            .setParameter("slug", slug)
            .getSingleResult()
            .version(1)
            .orElseThrow();
    assertEquals("First takeaway", first.sections().takeaway());
    assertEquals(new BigDecimal("0.75"), first.relevanceOf("COGNITIVE_REASONING").orElseThrow());

    List<RoleVersionInfo> versions = admin.versions(slug);
    assertEquals(List.of(2, 1), versions.stream().map(RoleVersionInfo::number).toList());
    assertEquals("it-admin", versions.get(0).publishedBy());
    assertTrue(versions.get(1).weightChanges().isEmpty());
    Map<String, String> changes = new TreeMap<>();
    versions
        .get(0)
        .weightChanges()
        .forEach(c -> changes.put(c.familyCode(), c.fromText() + " → " + c.toText()));
    assertEquals(
        Map.of(
            "COGNITIVE_REASONING", "0.75 → 0.60",
            "PYTHON_FUNDAMENTALS", "0.50 → —",
            "DATA_ANALYSIS", "— → 0.40"),
        changes);
    // The content diff covers every section, not only the weights.
    assertTrue(
        versions
            .get(0)
            .changes()
            .containsAll(
                List.of(
                    new RoleVersionInfo.ContentChange(false, "takeaway: First takeaway"),
                    new RoleVersionInfo.ContentChange(true, "takeaway: Second takeaway"))),
        versions.get(0).changes().toString());
    assertTrue(versions.get(1).changes().isEmpty());

    RoleDraft restored = admin.restore(slug, 1);
    assertEquals(3, restored.number());
    assertEquals("First takeaway", restored.content().sections().takeaway());
    assertEquals(
        "Second takeaway",
        roles.page(slug).orElseThrow().sections().takeaway(),
        "a restored draft is not public until published");
    Map<String, BigDecimal> weights = new TreeMap<>();
    restored.content().weights().forEach(w -> weights.put(w.familyCode(), w.relevance()));
    assertEquals(
        Map.of(
            "COGNITIVE_REASONING", new BigDecimal("0.75"),
            "PYTHON_FUNDAMENTALS", new BigDecimal("0.50")),
        weights);
  }

  @Test
  void publishedVersionsRefuseEveryChange() {
    RoleDraft draft = newRole("it-frozen", "Frozen Role");
    RoleDraft saved =
        admin.saveDraft(
            draft.slug(),
            draft.version(),
            TestRoles.complete("Frozen Role", "Takeaway", Map.of("COGNITIVE_REASONING", "1")));
    admin.publish(draft.slug(), saved.version());

    assertThrows(
        Conflict.class,
        () ->
            admin.saveDraft(
                draft.slug(),
                saved.version(),
                TestRoles.complete("Changed", "Changed", Map.of("COGNITIVE_REASONING", "1"))));
    assertEquals("Takeaway", roles.page(draft.slug()).orElseThrow().sections().takeaway());
  }

  @Test
  void anIncompleteDraftIsNotPublishedAndEveryGapIsNamed() {
    RoleDraft draft = newRole("it-incomplete", "Incomplete Role");

    Rejected rejected =
        assertThrows(Rejected.class, () -> admin.publish(draft.slug(), draft.version()));

    List<String> messages = rejected.problems().stream().map(Problem::message).toList();
    assertTrue(messages.contains("no assessment weights"), messages.toString());
    assertTrue(messages.contains("the overview is empty"), messages.toString());
    assertTrue(messages.contains("no career ladder"), messages.toString());
    assertTrue(messages.contains("the takeaway is empty"), messages.toString());
    assertTrue(roles.page(draft.slug()).isEmpty());

    RoleDraft zeros =
        admin.saveDraft(
            draft.slug(),
            draft.version(),
            TestRoles.complete(
                "Incomplete Role",
                "Takeaway",
                Map.of("COGNITIVE_REASONING", "0", "COMMUNICATION", "0.00")));
    Rejected allZero =
        assertThrows(Rejected.class, () -> admin.publish(draft.slug(), zeros.version()));
    assertEquals(
        List.of("every weight is 0; at least one family must count"),
        allZero.problems().stream().map(Problem::message).toList());
  }

  @Test
  void invalidContentIsRefusedNamingFieldAndValue() {
    RoleDraft draft = newRole("it-invalid", "Invalid Role");
    RoleContent good =
        TestRoles.complete("Invalid Role", "Takeaway", Map.of("COGNITIVE_REASONING", "0.5"));
    RoleContent bad =
        new RoleContent(
            " ",
            900,
            good.sections(),
            List.of(
                new RoleContent.Weight("COGNITIVE_REASONING", new BigDecimal("1.5"), "too much"),
                new RoleContent.Weight("DATA_ANALYSIS", new BigDecimal("0.333"), "too precise"),
                new RoleContent.Weight("DATA_ANALYSIS", new BigDecimal("0.3"), "twice"),
                new RoleContent.Weight("ASTROLOGY", new BigDecimal("0.3"), "unknown")),
            List.of());

    Rejected rejected =
        assertThrows(Rejected.class, () -> admin.saveDraft(draft.slug(), draft.version(), bad));

    Map<String, String> byField = new HashMap<>();
    rejected
        .problems()
        .forEach(p -> byField.merge(p.field(), p.message(), (a, b) -> a + " | " + b));
    assertEquals("A role needs a title", byField.get("title"));
    assertTrue(byField.get("readinessThreshold").contains("was 900"), byField.toString());
    assertTrue(byField.get("weights[COGNITIVE_REASONING]").contains("was 1.5"), byField.toString());
    assertTrue(byField.get("weights[DATA_ANALYSIS]").contains("0.333"), byField.toString());
    assertTrue(byField.get("weights[DATA_ANALYSIS]").contains("twice"), byField.toString());
    assertTrue(byField.get("weights[ASTROLOGY]").contains("ASTROLOGY"), byField.toString());
    assertEquals("Invalid Role", admin.draft(draft.slug()).content().title(), "nothing saved");
  }

  @Test
  void theSecondOfTwoEditorsGetsAConflictAndTheFirstEditKeeps() {
    RoleDraft draft = newRole("it-conflict", "Contested Role");
    long loaded = admin.draft(draft.slug()).version();

    RoleDraft first =
        admin.saveDraft(
            draft.slug(),
            loaded,
            TestRoles.complete("Contested Role", "Ada's text", Map.of("COMMUNICATION", "0.5")));
    assertNotEquals(loaded, first.version());
    caller.signIn("it-admin-2", null, "admin");
    Conflict conflict =
        assertThrows(
            Conflict.class,
            () ->
                admin.saveDraft(
                    draft.slug(),
                    loaded,
                    TestRoles.complete(
                        "Contested Role", "Bob's text", Map.of("COMMUNICATION", "0.9"))));

    assertEquals(Optional.of("it-admin"), conflict.changedBy());
    assertTrue(conflict.changedAt().isPresent());
    RoleDraft now = admin.draft(draft.slug());
    assertEquals("Ada's text", now.content().sections().takeaway());
    assertEquals(first.version(), now.version());
    assertThrows(Conflict.class, () -> admin.publish(draft.slug(), loaded));
  }

  @Test
  void contentChangesAndPublishingAreAudited() {
    RoleDraft draft = newRole("it-audited", "Audited Role");
    RoleDraft saved =
        admin.saveDraft(
            draft.slug(),
            draft.version(),
            TestRoles.complete("Audited Role", "Takeaway", Map.of("COMMUNICATION", "0.5")));
    admin.publish(draft.slug(), saved.version());

    var changed = audit.search(draft.slug(), AuditAction.CONTENT_CHANGED, 0, 10);
    var published = audit.search(draft.slug(), AuditAction.CONTENT_PUBLISHED, 0, 10);
    assertEquals(2, changed.total(), "created and saved");
    assertEquals("it-admin", changed.entries().get(0).actor());
    assertEquals(1, published.total());
    assertEquals("published version 1", published.entries().get(0).detail());
  }

  @Test
  void nobodyButAnAdminMayEditAndEachRefusalIsAudited() {
    RoleDraft draft = newRole("it-refused", "Refused Role");
    caller.signIn("it-candidate", null, "candidate");
    assertThrows(AccessDenied.class, () -> admin.draft(draft.slug()));
    caller.signIn("it-employer", "northwind-labs", "employer");
    assertThrows(
        AccessDenied.class,
        () ->
            admin.saveDraft(
                draft.slug(),
                draft.version(),
                TestRoles.complete("x", "x", Map.of("COMMUNICATION", "0.5"))));
    assertThrows(AccessDenied.class, () -> admin.publish(draft.slug(), draft.version()));
    assertThrows(AccessDenied.class, () -> admin.versions(draft.slug()));
    assertThrows(AccessDenied.class, () -> admin.preview(draft.slug()));
    assertThrows(AccessDenied.class, () -> admin.create("it-not-allowed", "No"));
    caller.signOut();
    assertThrows(AccessDenied.class, admin::overview);

    caller.signIn("it-admin", null, "admin");
    var refusals = audit.search(draft.slug(), AuditAction.ACCESS_DENIED, 0, 20);
    assertTrue(refusals.total() >= 5, "refusals recorded: " + refusals.total());
    assertTrue(
        refusals.entries().stream().anyMatch(e -> e.actor().equals("it-candidate")),
        refusals.entries().toString());
    assertEquals("Refused Role", admin.draft(draft.slug()).content().title());
  }
}
