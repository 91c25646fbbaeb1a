package io.skillspassport.roles.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.skillspassport.assessments.boundary.TestFamilies;
import io.skillspassport.audit.boundary.AuditAction;
import io.skillspassport.audit.boundary.TestAuditTrail;
import io.skillspassport.audit.control.AuditLogFixture;
import io.skillspassport.platform.boundary.AccessDenied;
import io.skillspassport.platform.boundary.Caller;
import io.skillspassport.platform.boundary.Conflict;
import io.skillspassport.platform.boundary.Guard;
import io.skillspassport.platform.boundary.NotFound;
import io.skillspassport.platform.boundary.Problem;
import io.skillspassport.platform.boundary.Rejected;
import io.skillspassport.roles.control.RoleStore;
import io.skillspassport.testing.Database;
import io.skillspassport.testing.FixedCaller;
import io.skillspassport.testing.ShippedFamiliesAndRoles;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Role content management through the real stores and audit log on a migrated H2 holding the
 * shipped families and the ML Research Scientist role: what a slug, title, threshold, weight,
 * preset and compensation must be (each refusal naming its field and value), that a stale editor is
 * refused naming who changed the draft, that publishing makes a new immutable version and that the
 * version list shows the weight changes between versions.
 *
 * <p>Expected values come from the product brief (threshold 300–850, relevance 0–1 with two
 * decimals, slugs of lower-case words joined by hyphens) and the shipped role file (version 1,
 * Python Fundamentals weighted 0.60), not from the code under test. One database for the class;
 * every test works on a role of its own (a new slug), except the one that versions the shipped
 * role, so the tests do not see each other's drafts.
 */
class RoleAdministrationTest {

  private static final String SHIPPED = "ml-research-scientist";

  private static Database db;

  private Caller caller = new FixedCaller("ada", null, Set.of(Caller.ADMIN));

  private final List<String> denied = new ArrayList<>();

  @BeforeAll
  static void shippedContent() {
    db = ShippedFamiliesAndRoles.database(RoleAdministrationTest.class);
  }

  private <T> T call(Function<RoleAdministration, T> use) {
    return db.inTransaction(em -> use.apply(admin(em)));
  }

  private RoleAdministration admin(EntityManager em) {
    Caller who = caller;
    RoleAdministration admin = new RoleAdministration();
    admin.clock = Clock.systemUTC();
    admin.store = new RoleStore(em);
    admin.families = TestFamilies.of(em);
    admin.pages = new RolePages();
    admin.pages.store = admin.store;
    admin.pages.families = admin.families;
    admin.log = TestAuditTrail.of(AuditLogFixture.of(em), who);
    admin.caller = who;
    admin.em = em;
    admin.guard =
        new Guard(who) {
          @Override
          public AccessDenied refuse(String what, String reason, String message) {
            denied.add(what);
            return super.refuse(what, reason, message);
          }
        };
    return admin;
  }

  private static String newSlug() {
    return "role-" + UUID.randomUUID().toString().substring(0, 8);
  }

  /** The audit entries of role {@code slug}, newest first, as "actor ACTION detail". */
  private static List<String> logOf(String slug) {
    return db.inTransaction(
        em ->
            AuditLogFixture.of(em).search(slug, null, 0, 50).stream()
                .filter(e -> e.target().equals("role " + slug))
                .map(e -> e.actor() + " " + e.action() + " " + e.detail())
                .toList());
  }

  /** {@code s} with another compensation and other adjacent roles. */
  private static RoleSections sections(
      RoleSections s,
      RoleSections.Compensation compensation,
      List<RoleSections.AdjacentRole> adjacent) {
    return new RoleSections(
        s.headline(),
        s.summary(),
        compensation,
        s.overview(),
        s.activities(),
        s.adjacentIntro(),
        adjacent,
        s.cadenceNote(),
        s.skillsIntro(),
        s.skills(),
        s.extraSkills(),
        s.compensationOverview(),
        s.compensationReferences(),
        s.compensationNote(),
        s.readinessIntro(),
        s.readinessOutro(),
        s.thresholdNote(),
        s.assessmentFraming(),
        s.supplementalExercises(),
        s.careerIntro(),
        s.careerLadder(),
        s.pitfallsIntro(),
        s.pitfalls(),
        s.takeaway(),
        s.sources(),
        s.activitiesIntro(),
        s.careerOutro());
  }

  private static List<String> fields(Throwable t) {
    return ((Rejected) t).problems().stream().map(Problem::field).toList();
  }

  /** {@code draft}'s content with another threshold, weights and presets. */
  private static RoleContent edited(
      RoleContent draft,
      int threshold,
      List<RoleContent.Weight> weights,
      List<RoleContent.Preset> presets) {
    return new RoleContent(draft.title(), threshold, draft.sections(), weights, presets);
  }

  private static RoleContent.Weight weight(String family, String relevance) {
    return new RoleContent.Weight(family, new BigDecimal(relevance), " why " + family + " ");
  }

  @Test
  void aNewRoleStartsAsAnUnpublishedDraftWithTheDefaultThreshold() {
    String slug = newSlug();

    RoleDraft draft = call(a -> a.create("  " + slug + " ", "Data Wrangler"));

    assertThat(draft.slug()).isEqualTo(slug);
    assertThat(draft.number()).isEqualTo(1);
    assertThat(draft.createdBy()).isEqualTo("ada");
    assertThat(draft.content().title()).isEqualTo("Data Wrangler");
    assertThat(draft.content().readinessThreshold()).isEqualTo(600);
    assertThat(draft.content().weights()).isEmpty();
    assertThat(draft.content().presets()).isEmpty();
    assertThat(call(RoleAdministration::overview))
        .filteredOn(s -> s.slug().equals(slug))
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.title()).isEqualTo("Data Wrangler");
              assertThat(s.publishedVersion()).isZero();
              assertThat(s.publishedBy()).isNull();
              assertThat(s.draftVersion()).isEqualTo(1);
            });
    assertThat(call(RoleAdministration::overview))
        .filteredOn(s -> s.slug().equals(SHIPPED))
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.title()).isEqualTo("ML Research Scientist");
              assertThat(s.publishedVersion()).isPositive();
            });
    assertThat(call(a -> a.draft(slug)).number()).isEqualTo(1);
    assertThat(call(a -> a.preview(slug)).title()).isEqualTo("Data Wrangler");
    assertThat(logOf(slug)).containsExactly("ada CONTENT_CHANGED created the role");
  }

  @Test
  void aMalformedOrTakenSlugAndABlankTitleAreRefusedTogether() {
    assertThatThrownBy(() -> call(a -> a.create("Data Scientist", " ")))
        .isInstanceOf(Rejected.class)
        .satisfies(t -> assertThat(fields(t)).containsExactly("slug", "title"))
        .hasMessageContaining("'Data Scientist'");
    assertThatThrownBy(() -> call(a -> a.create(SHIPPED, "Again")))
        .isInstanceOf(Rejected.class)
        .satisfies(t -> assertThat(fields(t)).containsExactly("slug"))
        .hasMessageContaining("exists already");
    assertThatThrownBy(() -> call(a -> a.create(null, null)))
        .isInstanceOf(Rejected.class)
        .satisfies(t -> assertThat(fields(t)).containsExactly("slug", "title"));
    assertThatThrownBy(() -> call(a -> a.draft("no-such-role")))
        .isInstanceOf(NotFound.class)
        .hasMessageContaining("No role is called 'no-such-role'");
  }

  @Test
  void everyUnacceptableValueIsNamedWithItsFieldAndNothingIsSaved() {
    String slug = newSlug();
    RoleDraft draft = call(a -> a.create(slug, "Checker"));
    RoleSections sections = draft.content().sections();
    RoleSections bad =
        sections(
            sections,
            new RoleSections.Compensation("DOLLARS", 200, 100, 300, "US", "2026", ""),
            List.of(new RoleSections.AdjacentRole("Not A Slug", "Other", "differs")));
    RoleContent content =
        new RoleContent(
            " ",
            851,
            bad,
            List.of(
                weight("ASTROLOGY", "0.5"),
                weight("PYTHON_FUNDAMENTALS", "1.01"),
                weight("COMMUNICATION", "0.5"),
                weight("COMMUNICATION", "0.333"),
                new RoleContent.Weight("DATA_ANALYSIS", null, null)),
            List.of(
                new RoleContent.Preset("Bad Key", "Named", "", Map.of()),
                new RoleContent.Preset("twice", "One", "", Map.of()),
                new RoleContent.Preset(
                    "twice",
                    " ",
                    "",
                    Map.of("ASTROLOGY", BigDecimal.ONE, "DATA_ANALYSIS", new BigDecimal("-0.1")))));

    Throwable refused =
        org.assertj.core.api.Assertions.catchThrowable(
            () -> call(a -> a.saveDraft(slug, draft.version(), content)));

    assertThat(refused).isInstanceOf(Rejected.class);
    assertThat(((Rejected) refused).problems())
        .extracting(Problem::field)
        .containsExactlyInAnyOrder(
            "title",
            "readinessThreshold",
            "compensation.currency",
            "compensation",
            "adjacentRoles[0]",
            "weights[ASTROLOGY]",
            "weights[PYTHON_FUNDAMENTALS]",
            "weights[COMMUNICATION]",
            "weights[COMMUNICATION]",
            "weights[DATA_ANALYSIS]",
            "presets[0]",
            "presets[2]",
            "presets[2]",
            "presets[2]",
            "presets[2][DATA_ANALYSIS]");
    assertThat(refused.getMessage())
        .contains("between 300 and 850, was 851")
        .contains("'DOLLARS'")
        .contains("200 / 100 / 300")
        .contains("'Not A Slug'")
        .contains("Unknown assessment family 'ASTROLOGY'")
        .contains("was 1.01")
        .contains("Family COMMUNICATION is weighted twice")
        .contains("0.333")
        .contains("The relevance of DATA_ANALYSIS is missing")
        .contains("'Bad Key'")
        .contains("Preset key 'twice' is used twice")
        .contains("A preset needs a name")
        .contains("was -0.1");
    RoleDraft unchanged = call(a -> a.draft(slug));
    assertThat(unchanged.version()).isEqualTo(draft.version());
    assertThat(unchanged.content().title()).isEqualTo("Checker");
    assertThat(unchanged.content().weights()).isEmpty();
    assertThatThrownBy(() -> call(a -> a.saveDraft(slug, draft.version(), null)))
        .isInstanceOf(Rejected.class)
        .hasMessageContaining("No content was sent");
  }

  @Test
  void theBoundsOfTheThresholdRelevanceAndCompensationAreAccepted() {
    String slug = newSlug();
    RoleDraft draft = call(a -> a.create(slug, "Bounds"));

    RoleDraft low =
        call(
            a ->
                a.saveDraft(
                    slug,
                    draft.version(),
                    edited(
                        draft.content(),
                        300,
                        List.of(weight("PYTHON_FUNDAMENTALS", "0"), weight(" COMMUNICATION ", "1")),
                        List.of(
                            new RoleContent.Preset(
                                " even ",
                                " Even ",
                                null,
                                Map.of("COMMUNICATION", new BigDecimal("0.5")))))));
    RoleDraft high =
        call(
            a ->
                a.saveDraft(
                    slug,
                    low.version(),
                    edited(low.content(), 850, low.content().weights(), List.of())));

    assertThat(low.content().readinessThreshold()).isEqualTo(300);
    assertThat(low.content().weights())
        .extracting(
            RoleContent.Weight::familyCode,
            w -> w.relevance().stripTrailingZeros(),
            RoleContent.Weight::rationale)
        .containsExactly(
            tuple("PYTHON_FUNDAMENTALS", BigDecimal.ZERO, "why PYTHON_FUNDAMENTALS"),
            tuple("COMMUNICATION", BigDecimal.ONE, "why  COMMUNICATION"));
    assertThat(low.content().presets())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.key()).isEqualTo("even");
              assertThat(p.name()).isEqualTo("Even");
              assertThat(p.description()).isEmpty();
              assertThat(p.weights().get("COMMUNICATION")).isEqualByComparingTo("0.5");
            });
    assertThat(high.content().readinessThreshold()).isEqualTo(850);
    assertThat(high.version()).isGreaterThan(low.version());
    assertThat(low.version()).isGreaterThan(draft.version());

    // Compensation at its bounds (0 = minimum = median = maximum), an adjacent role without a page
    // and one with a proper slug are accepted.
    RoleContent bounds =
        new RoleContent(
            "Bounds",
            850,
            sections(
                high.content().sections(),
                new RoleSections.Compensation("EUR", 0, 0, 0, "EU", "2026", ""),
                List.of(
                    new RoleSections.AdjacentRole(" ", "No page", "differs"),
                    new RoleSections.AdjacentRole("data-scientist", "Data Scientist", "differs"))),
            high.content().weights(),
            List.of());
    RoleDraft compensated = call(a -> a.saveDraft(slug, high.version(), bounds));
    assertThat(compensated.content().sections().compensation().currency()).isEqualTo("EUR");
    // Saving the same content again still moves the draft on, so an editor who loaded it before is
    // refused rather than silently overwriting it.
    RoleDraft again = call(a -> a.saveDraft(slug, compensated.version(), bounds));
    assertThat(again.version()).isGreaterThan(compensated.version());
    assertThatThrownBy(() -> call(a -> a.saveDraft(slug, compensated.version(), bounds)))
        .isInstanceOf(Conflict.class);
    assertThat(logOf(slug))
        .startsWith(
            "ada CONTENT_CHANGED saved draft version 1",
            "ada CONTENT_CHANGED saved draft version 1")
        .hasSize(5)
        .endsWith("ada CONTENT_CHANGED created the role");
  }

  @Test
  void aStaleEditorIsRefusedNamingWhoSavedAndAnIncompleteDraftIsNotPublished() {
    String slug = newSlug();
    RoleDraft draft = call(a -> a.create(slug, "Race"));
    RoleDraft saved =
        call(
            a ->
                a.saveDraft(
                    slug,
                    draft.version(),
                    edited(
                        draft.content(),
                        640,
                        List.of(weight("PYTHON_FUNDAMENTALS", "0.5")),
                        List.of())));

    // Later entries that must not be taken for the last change: another role whose slug contains
    // this one, changed by carl, and a refusal on this role.
    caller = new FixedCaller("carl", null, Set.of(Caller.ADMIN));
    call(a -> a.create(slug + "-x", "Other"));
    db.run(
        em ->
            AuditLogFixture.of(em)
                .record("mallory", AuditAction.ACCESS_DENIED, "role " + slug, "needs admin"));
    caller = new FixedCaller("bob", null, Set.of(Caller.ADMIN));
    assertThatThrownBy(
            () ->
                call(
                    a ->
                        a.saveDraft(
                            slug,
                            draft.version(),
                            edited(draft.content(), 700, List.of(), List.of()))))
        .isInstanceOfSatisfying(Conflict.class, c -> assertThat(c.changedBy()).contains("ada"));
    assertThatThrownBy(() -> call(a -> a.publish(slug, draft.version())))
        .isInstanceOf(Conflict.class);
    assertThat(call(a -> a.draft(slug)).content().readinessThreshold()).isEqualTo(640);

    assertThatThrownBy(() -> call(a -> a.publish(slug, saved.version())))
        .isInstanceOf(Rejected.class)
        .satisfies(t -> assertThat(fields(t)).isNotEmpty().allMatch("content"::equals));
    List<RoleVersionInfo> versions = call(a -> a.versions(slug));
    assertThat(versions).hasSize(1);
    assertThat(versions.get(0).published()).isFalse();
  }

  /**
   * A new role filled with the shipped role's content (complete) less Data Analysis, published as
   * version 1, then edited (Python Fundamentals 0.60 → 0.70, Communication removed, Data Analysis
   * added at 0.65) and published as version 2. The shipped role itself only gets an open draft, the
   * same one on every run.
   */
  @Test
  void thePublishedRequirementsAreKeptUntilAVersionIsPublishedAnywhere() {
    // One long-lived boundary, as the application-scoped one in a container; each call in its own
    // transaction, as each request.
    Roles roles = new Roles();
    Function<Function<Roles, List<RoleRequirements>>, List<RoleRequirements>> read =
        use ->
            db.inTransaction(
                em -> {
                  Roles fresh = TestRoles.of(em);
                  roles.store = fresh.store;
                  roles.pages = fresh.pages;
                  return use.apply(roles);
                });
    List<RoleRequirements> before = read.apply(Roles::publishedRequirements);
    assertThat(read.apply(Roles::publishedRequirements))
        .as("nothing published meanwhile: the same answer, not read again")
        .isSameAs(before);

    String slug = newSlug();
    RoleDraft created = call(a -> a.create(slug, "Kept"));
    RoleContent shipped = call(a -> a.draft(SHIPPED)).content();
    RoleDraft saved = call(a -> a.saveDraft(slug, created.version(), shipped));
    call(a -> a.publish(slug, saved.version()));

    List<RoleRequirements> after = read.apply(Roles::publishedRequirements);
    assertThat(after).extracting(RoleRequirements::slug).contains(slug);
    assertThat(after).hasSize(before.size() + 1);
    assertThat(
            after.stream().filter(r -> r.slug().equals(slug)).findFirst().orElseThrow().weights())
        .isEqualTo(
            before.stream()
                .filter(r -> r.slug().equals(SHIPPED))
                .findFirst()
                .orElseThrow()
                .weights());
  }

  @Test
  void publishingMakesANewVersionAndTheListShowsTheWeightChanges() {
    RoleContent shipped = call(a -> a.draft(SHIPPED)).content();
    String slug = newSlug();
    RoleDraft created = call(a -> a.create(slug, "Copy"));
    // Version 1: the shipped content without Data Analysis.
    RoleContent withoutData =
        edited(
            shipped,
            shipped.readinessThreshold(),
            shipped.weights().stream()
                .filter(w -> !w.familyCode().equals("DATA_ANALYSIS"))
                .toList(),
            shipped.presets());
    RoleDraft first = call(a -> a.saveDraft(slug, created.version(), withoutData));
    int firstPublished = call(a -> a.publish(slug, first.version()));
    assertThat(firstPublished).isEqualTo(1);
    RoleDraft draft = call(a -> a.draft(slug));
    assertThat(draft.number()).isEqualTo(2);
    List<RoleContent.Weight> weights = new ArrayList<>();
    for (RoleContent.Weight w : draft.content().weights()) {
      if (w.familyCode().equals("PYTHON_FUNDAMENTALS")) {
        weights.add(new RoleContent.Weight(w.familyCode(), new BigDecimal("0.70"), w.rationale()));
      } else if (!w.familyCode().equals("COMMUNICATION")) {
        weights.add(w);
      }
    }
    weights.add(weight("DATA_ANALYSIS", "0.65"));
    RoleDraft saved =
        call(
            a ->
                a.saveDraft(
                    slug,
                    draft.version(),
                    edited(
                        draft.content(),
                        draft.content().readinessThreshold(),
                        weights,
                        draft.content().presets())));

    int published = call(a -> a.publish(slug, saved.version()));

    assertThat(published).isEqualTo(2);
    List<RoleVersionInfo> versions = call(a -> a.versions(slug));
    assertThat(versions).extracting(RoleVersionInfo::number).containsExactly(2, 1);
    RoleVersionInfo newest = versions.get(0);
    assertThat(newest.status()).isEqualTo("PUBLISHED");
    assertThat(newest.published()).isTrue();
    assertThat(newest.publishedBy()).isEqualTo("ada");
    assertThat(newest.title()).isEqualTo("ML Research Scientist");
    assertThat(newest.weightChanges())
        .extracting(
            RoleVersionInfo.WeightChange::familyCode,
            RoleVersionInfo.WeightChange::familyName,
            RoleVersionInfo.WeightChange::fromText,
            RoleVersionInfo.WeightChange::toText)
        .containsExactly(
            tuple("PYTHON_FUNDAMENTALS", "Python Fundamentals", "0.60", "0.70"),
            tuple("COMMUNICATION", "Communication", "0.55", "—"),
            tuple("DATA_ANALYSIS", "Data Analysis", "—", "0.65"));
    // The database keeps microseconds; the draft returned before the reload may hold nanoseconds.
    assertThat(newest.createdAt().truncatedTo(ChronoUnit.MILLIS))
        .isEqualTo(draft.createdAt().truncatedTo(ChronoUnit.MILLIS));
    assertThat(newest.createdBy()).isEqualTo("ada");
    assertThat(versions.get(1).weightChanges()).isEmpty();
    assertThat(versions.get(1).published()).isTrue();
    assertThatThrownBy(() -> call(a -> a.publish(slug, saved.version())))
        .isInstanceOfSatisfying(Conflict.class, c -> assertThat(c.changedBy()).contains("ada"));
    assertThat(call(RoleAdministration::overview))
        .filteredOn(s -> s.slug().equals(slug))
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.publishedVersion()).isEqualTo(2);
              assertThat(s.publishedBy()).isEqualTo("ada");
              assertThat(s.draftVersion()).isZero();
            });
    assertThat(call(a -> a.preview(slug)).title()).isEqualTo("ML Research Scientist");
    assertThat(logOf(slug))
        .containsExactly(
            "ada CONTENT_PUBLISHED published version 2",
            "ada CONTENT_CHANGED saved draft version 2",
            "ada CONTENT_PUBLISHED published version 1",
            "ada CONTENT_CHANGED saved draft version 1",
            "ada CONTENT_CHANGED created the role");
  }

  @Test
  void onlyAdminsManageRolesAndTheRefusalIsRecorded() {
    caller = FixedCaller.employer("erin", "northwind-labs");

    assertThatThrownBy(() -> call(RoleAdministration::overview)).isInstanceOf(AccessDenied.class);
    assertThatThrownBy(() -> call(a -> a.create(newSlug(), "X"))).isInstanceOf(AccessDenied.class);
    assertThatThrownBy(() -> call(a -> a.draft(SHIPPED))).isInstanceOf(AccessDenied.class);
    assertThatThrownBy(() -> call(a -> a.saveDraft(SHIPPED, 0, null)))
        .isInstanceOf(AccessDenied.class);
    assertThatThrownBy(() -> call(a -> a.publish(SHIPPED, 0))).isInstanceOf(AccessDenied.class);
    assertThatThrownBy(() -> call(a -> a.versions(SHIPPED))).isInstanceOf(AccessDenied.class);
    assertThatThrownBy(() -> call(a -> a.preview(SHIPPED))).isInstanceOf(AccessDenied.class);
    assertThat(denied)
        .containsExactly(
            "the role list",
            "creating a role",
            "the editor of role " + SHIPPED,
            "saving the draft of role " + SHIPPED,
            "publishing role " + SHIPPED,
            "the versions of role " + SHIPPED,
            "the preview of role " + SHIPPED);
  }
}
