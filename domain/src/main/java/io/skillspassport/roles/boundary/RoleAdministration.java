package io.skillspassport.roles.boundary;

import io.skillspassport.assessments.boundary.AssessmentFamilies;
import io.skillspassport.audit.boundary.AuditAction;
import io.skillspassport.audit.boundary.AuditTrail;
import io.skillspassport.platform.boundary.Caller;
import io.skillspassport.platform.boundary.Conflict;
import io.skillspassport.platform.boundary.Guard;
import io.skillspassport.platform.boundary.NotFound;
import io.skillspassport.platform.boundary.Problem;
import io.skillspassport.platform.boundary.Rejected;
import io.skillspassport.roles.control.RoleStore;
import io.skillspassport.roles.control.TextDiff;
import io.skillspassport.roles.control.VersionText;
import io.skillspassport.roles.entity.Role;
import io.skillspassport.roles.entity.RoleVersion;
import io.skillspassport.roles.entity.RoleWeight;
import io.skillspassport.roles.entity.WeightPreset;
import io.skillspassport.scoring.scale.ReportingScale;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Role content management for admins: drafts, publishing, versions. Every method checks that the
 * caller is an admin.
 *
 * <p>Editing is optimistic: the editor loads a {@link RoleDraft} with its lock version and sends
 * that version back with the changes. When someone else saved or published in between, the save is
 * refused with a {@link Conflict} and nothing is overwritten, so no edit is silently lost.
 * Published versions never change; public pages and new bundles read the newest one, while existing
 * bundles keep the version they were built on.
 */
@ApplicationScoped
@Transactional
public class RoleAdministration {

  /** The readiness threshold a new role starts with: the middle of the reporting scale. */
  public static final int DEFAULT_THRESHOLD = 600;

  private static final String SLUG = "[a-z0-9]+(-[a-z0-9]+)*";

  @Inject RoleStore store;

  @Inject AssessmentFamilies families;

  @Inject RolePages pages;

  @Inject Guard guard;

  @Inject AuditTrail log;

  @Inject Caller caller;

  @PersistenceContext(unitName = "passport")
  EntityManager em;

  @Inject Clock clock;

  /** Every role, published or not, with its newest published version and open draft. */
  public List<RoleAdminSummary> overview() {
    guard.requireAdmin("the role list");
    return store.all().stream().map(RoleAdministration::summary).toList();
  }

  /**
   * Creates a role with an empty draft.
   *
   * @throws Rejected when the slug is malformed or taken, or the title is blank
   */
  public RoleDraft create(String slug, String title) {
    guard.requireAdmin("creating a role");
    List<Problem> problems = new ArrayList<>();
    String cleanSlug = slug == null ? "" : slug.strip();
    if (!cleanSlug.matches(SLUG)) {
      problems.add(
          new Problem(
              "slug",
              "A slug is lower-case words joined by hyphens, such as data-scientist; was '"
                  + cleanSlug
                  + "'"));
    } else if (store.exists(cleanSlug)) {
      problems.add(new Problem("slug", "A role called '" + cleanSlug + "' exists already"));
    }
    if (title == null || title.isBlank()) {
      problems.add(new Problem("title", "A role needs a title"));
    }
    if (!problems.isEmpty()) {
      throw new Rejected(problems);
    }
    Instant now = clock.instant();
    Role role = store.add(new Role(cleanSlug, now));
    RoleVersion draft = role.draft(caller.username(), now);
    draft.edit(title, emptySections(), DEFAULT_THRESHOLD);
    em.flush();
    log.record(AuditAction.CONTENT_CHANGED, target(cleanSlug), "created the role");
    return draftOf(role, draft);
  }

  /**
   * The editable draft of a role, opening one (a copy of the newest version) when there is none.
   *
   * @throws Rejected when there is no such role
   */
  public RoleDraft draft(String slug) {
    guard.requireAdmin("the editor of role " + slug);
    Role role = role(slug);
    RoleVersion draft = role.draft(caller.username(), clock.instant());
    em.flush();
    return draftOf(role, draft);
  }

  /**
   * Saves the editor's content into the draft.
   *
   * @param expectedVersion the lock version of the draft the editor loaded
   * @return the saved draft with its new lock version
   * @throws Conflict when someone else saved or published the draft since it was loaded
   * @throws Rejected naming each field and value that is not acceptable
   */
  public RoleDraft saveDraft(String slug, long expectedVersion, RoleContent content) {
    guard.requireAdmin("saving the draft of role " + slug);
    Role role = role(slug);
    RoleVersion draft = currentDraft(role, expectedVersion);
    List<Problem> problems = problemsOf(content);
    if (!problems.isEmpty()) {
      throw new Rejected(problems);
    }
    draft.edit(content.title(), content.sections(), content.readinessThreshold());
    draft.replaceWeights(
        content.weights().stream()
            .map(
                w ->
                    new RoleWeight(
                        w.familyCode().strip(),
                        w.relevance(),
                        w.rationale() == null ? "" : w.rationale().strip()))
            .toList());
    draft.replacePresets(
        content.presets().stream()
            .map(
                p ->
                    new WeightPreset(
                        p.key().strip(),
                        p.name().strip(),
                        p.description() == null ? "" : p.description().strip(),
                        new LinkedHashMap<>(p.weights())))
            .toList());
    em.lock(draft, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    flushOrConflict(role);
    log.record(AuditAction.CONTENT_CHANGED, target(slug), "saved draft version " + draft.number());
    return draftOf(role, draft);
  }

  /**
   * Publishes the draft as a new immutable version, which public pages and new bundles use from now
   * on.
   *
   * @param expectedVersion the lock version of the draft the editor loaded
   * @return the number of the published version
   * @throws Conflict when the draft changed since it was loaded
   * @throws Rejected listing what keeps the draft from being complete
   */
  public int publish(String slug, long expectedVersion) {
    guard.requireAdmin("publishing role " + slug);
    Role role = role(slug);
    RoleVersion draft = currentDraft(role, expectedVersion);
    List<Problem> problems =
        draft.completenessProblems().stream().map(p -> new Problem("content", p)).toList();
    if (!problems.isEmpty()) {
      throw new Rejected(problems);
    }
    draft.publish(caller.username(), clock.instant());
    flushOrConflict(role);
    log.record(AuditAction.CONTENT_PUBLISHED, target(slug), "published version " + draft.number());
    return draft.number();
  }

  /**
   * Restores an earlier version as the content of the role's draft (opening one when there is
   * none): title, threshold, every section, weights and presets. Published versions stay as they
   * are; the draft is published like any other. An open draft's unpublished edits are replaced.
   *
   * @param number the version to restore
   * @return the draft holding the restored content
   * @throws Rejected when there is no such role or version
   */
  public RoleDraft restore(String slug, int number) {
    guard.requireAdmin("restoring a version of role " + slug);
    Role role = role(slug);
    RoleVersion old =
        role.version(number)
            .orElseThrow(() -> rejected("version", "Role " + slug + " has no version " + number));
    RoleVersion draft = role.draft(caller.username(), clock.instant());
    // A draft opened just now is persisted by the flush (cascade), so it can be locked below.
    em.flush();
    if (draft.number() == old.number()) {
      return draftOf(role, draft);
    }
    draft.edit(old.title(), old.sections(), old.readinessThreshold());
    draft.replaceWeights(
        old.weights().stream()
            .map(w -> new RoleWeight(w.familyCode(), w.relevance(), w.rationale()))
            .toList());
    draft.replacePresets(
        old.presets().stream()
            .map(
                p ->
                    new WeightPreset(
                        p.key(), p.name(), p.description(), new LinkedHashMap<>(p.weights())))
            .toList());
    em.lock(draft, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    flushOrConflict(role);
    log.record(
        AuditAction.CONTENT_CHANGED,
        target(slug),
        "restored version " + number + " into draft version " + draft.number());
    return draftOf(role, draft);
  }

  /**
   * Every version of a role, newest first, with the weight changes and a line diff of its whole
   * content ({@link VersionText}) from the version before.
   */
  public List<RoleVersionInfo> versions(String slug) {
    guard.requireAdmin("the versions of role " + slug);
    Role role = role(slug);
    Function<String, String> nameOf = pages.familyNames();
    List<RoleVersion> all =
        role.versions().stream().sorted(Comparator.comparingInt(RoleVersion::number)).toList();
    List<RoleVersionInfo> infos = new ArrayList<>();
    RoleVersion previous = null;
    for (RoleVersion v : all) {
      infos.add(
          new RoleVersionInfo(
              v.number(),
              v.status().name(),
              v.title(),
              v.createdBy(),
              v.createdAt(),
              v.publishedBy().orElse(null),
              v.publishedAt().orElse(null),
              previous == null ? List.of() : weightChanges(previous, v, nameOf),
              previous == null
                  ? List.of()
                  : TextDiff.of(VersionText.lines(previous, nameOf), VersionText.lines(v, nameOf))
                      .stream()
                      .map(c -> new RoleVersionInfo.ContentChange(c.added(), c.text()))
                      .toList()));
      previous = v;
    }
    Collections.reverse(infos);
    return infos;
  }

  /**
   * The draft (or, without one, the newest version) rendered as the public page would show it once
   * published; {@code publishedAt} is null for a draft.
   */
  public RolePage preview(String slug) {
    guard.requireAdmin("the preview of role " + slug);
    Role role = role(slug);
    RoleVersion version =
        role.openDraft()
            .or(role::latestPublished)
            .orElseThrow(() -> rejected("slug", "Role " + slug + " has no content yet"));
    return pages.page(version);
  }

  private static List<RoleVersionInfo.WeightChange> weightChanges(
      RoleVersion before, RoleVersion after, Function<String, String> nameOf) {
    Set<String> codes = new LinkedHashSet<>();
    before.weights().forEach(w -> codes.add(w.familyCode()));
    after.weights().forEach(w -> codes.add(w.familyCode()));
    List<RoleVersionInfo.WeightChange> changes = new ArrayList<>();
    for (String code : codes) {
      BigDecimal from = before.relevanceOf(code).orElse(null);
      BigDecimal to = after.relevanceOf(code).orElse(null);
      boolean same = from != null && to != null ? from.compareTo(to) == 0 : from == to;
      if (!same) {
        changes.add(new RoleVersionInfo.WeightChange(code, nameOf.apply(code), from, to));
      }
    }
    return changes;
  }

  /** Everything wrong with the content an editor wants to save, each naming its field and value. */
  private List<Problem> problemsOf(RoleContent content) {
    List<Problem> problems = new ArrayList<>();
    if (content == null) {
      return List.of(new Problem("content", "No content was sent"));
    }
    if (content.title() == null || content.title().isBlank()) {
      problems.add(new Problem("title", "A role needs a title"));
    }
    int threshold = content.readinessThreshold();
    ReportingScale scale = ReportingScale.standard();
    if (!scale.contains(threshold)) {
      problems.add(
          new Problem(
              "readinessThreshold",
              "The readiness threshold must lie between "
                  + scale.minimum()
                  + " and "
                  + scale.maximum()
                  + ", was "
                  + threshold));
    }
    if (content.sections() == null) {
      problems.add(new Problem("sections", "The content sections are missing"));
    } else {
      compensationProblems(content.sections().compensation(), problems);
      var adjacent = content.sections().adjacentRoles();
      for (int i = 0; i < adjacent.size(); i++) {
        String slug = adjacent.get(i).slug();
        if (slug != null && !slug.isBlank() && !slug.matches(SLUG)) {
          problems.add(
              new Problem(
                  "adjacentRoles[" + i + "]",
                  "An adjacent role's slug is lower-case words joined by hyphens, was '"
                      + slug
                      + "'"));
        }
      }
    }
    Set<String> known = Set.copyOf(families.familyCatalogue().codes());
    Set<String> seen = new HashSet<>();
    for (RoleContent.Weight weight : content.weights()) {
      String code = weight.familyCode() == null ? "" : weight.familyCode().strip();
      String field = "weights[" + code + "]";
      if (!known.contains(code)) {
        problems.add(new Problem(field, "Unknown assessment family '" + code + "'"));
      } else if (!seen.add(code)) {
        problems.add(new Problem(field, "Family " + code + " is weighted twice"));
      }
      relevanceProblem(field, code, weight.relevance()).ifPresent(problems::add);
    }
    Set<String> keys = new HashSet<>();
    for (int i = 0; i < content.presets().size(); i++) {
      RoleContent.Preset preset = content.presets().get(i);
      String field = "presets[" + i + "]";
      if (preset.key() == null || !preset.key().strip().matches(SLUG)) {
        problems.add(
            new Problem(
                field,
                "A preset key is lower-case words joined by hyphens, was '" + preset.key() + "'"));
      } else if (!keys.add(preset.key().strip())) {
        problems.add(new Problem(field, "Preset key '" + preset.key() + "' is used twice"));
      }
      if (preset.name() == null || preset.name().isBlank()) {
        problems.add(new Problem(field, "A preset needs a name"));
      }
      for (Map.Entry<String, BigDecimal> e : preset.weights().entrySet()) {
        if (!known.contains(e.getKey())) {
          problems.add(new Problem(field, "Unknown assessment family '" + e.getKey() + "'"));
        }
        relevanceProblem(field + "[" + e.getKey() + "]", e.getKey(), e.getValue())
            .ifPresent(problems::add);
      }
    }
    return problems;
  }

  private static void compensationProblems(RoleSections.Compensation comp, List<Problem> problems) {
    if (comp == null) {
      return;
    }
    try {
      Currency.getInstance(comp.currency() == null ? "" : comp.currency());
    } catch (IllegalArgumentException e) {
      problems.add(
          new Problem(
              "compensation.currency",
              "The currency is an ISO 4217 code such as USD, was '" + comp.currency() + "'"));
    }
    if (comp.min() < 0 || comp.min() > comp.median() || comp.median() > comp.max()) {
      problems.add(
          new Problem(
              "compensation",
              "Compensation must satisfy 0 ≤ minimum ≤ median ≤ maximum, was "
                  + comp.min()
                  + " / "
                  + comp.median()
                  + " / "
                  + comp.max()));
    }
  }

  private static Optional<Problem> relevanceProblem(
      String field, String code, BigDecimal relevance) {
    if (relevance == null) {
      return Optional.of(new Problem(field, "The relevance of " + code + " is missing"));
    }
    try {
      RoleWeight.requireRelevance(code, relevance);
      return Optional.empty();
    } catch (IllegalArgumentException e) {
      return Optional.of(new Problem(field, e.getMessage()));
    }
  }

  /** The open draft, provided it is still the one the editor loaded. */
  private RoleVersion currentDraft(Role role, long expectedVersion) {
    RoleVersion draft =
        role.openDraft()
            .orElseThrow(
                () -> {
                  RoleVersion latest = role.latestPublished().orElse(null);
                  return latest == null
                      ? draftChanged(role.slug(), "someone else", null)
                      : draftChanged(
                          role.slug(),
                          latest.publishedBy().orElse("someone else"),
                          latest.publishedAt().orElse(null));
                });
    if (draft.version() != expectedVersion) {
      throw conflict(role.slug());
    }
    return draft;
  }

  private void flushOrConflict(Role role) {
    try {
      em.flush();
    } catch (PersistenceException e) {
      if (e instanceof OptimisticLockException || e.getCause() instanceof OptimisticLockException) {
        throw conflict(role.slug());
      }
      throw e;
    }
  }

  /** A conflict naming the last person who saved or published the role, as the audit log says. */
  private Conflict conflict(String slug) {
    return log.lastOf(
            target(slug), Set.of(AuditAction.CONTENT_CHANGED, AuditAction.CONTENT_PUBLISHED))
        .map(e -> draftChanged(slug, e.actor(), e.occurredAt()))
        .orElseGet(() -> draftChanged(slug, "someone else", null));
  }

  /**
   * Someone else changed or published the draft after the editor loaded it; {@code changedAt} is
   * null when unknown.
   */
  private static Conflict draftChanged(String slug, String changedBy, Instant changedAt) {
    return new Conflict(
        "The draft of "
            + slug
            + " was changed by "
            + changedBy
            + (changedAt == null ? "" : " at " + changedAt)
            + " after you loaded it",
        changedBy,
        changedAt);
  }

  private Role role(String slug) {
    return store.bySlug(slug == null ? "" : slug).orElseThrow(() -> unknown(slug));
  }

  private static NotFound unknown(String slug) {
    return new NotFound("No role is called '" + slug + "'");
  }

  private static Rejected rejected(String field, String message) {
    return new Rejected(List.of(new Problem(field, message)));
  }

  private static String target(String slug) {
    return "role " + slug;
  }

  private static RoleDraft draftOf(Role role, RoleVersion draft) {
    return new RoleDraft(
        role.slug(),
        draft.number(),
        draft.version(),
        draft.createdAt(),
        draft.createdBy(),
        new RoleContent(
            draft.title(),
            draft.readinessThreshold(),
            draft.sections(),
            draft.weights().stream()
                .map(w -> new RoleContent.Weight(w.familyCode(), w.relevance(), w.rationale()))
                .toList(),
            draft.presets().stream()
                .map(
                    p ->
                        new RoleContent.Preset(
                            p.key(), p.name(), p.description(), new LinkedHashMap<>(p.weights())))
                .toList()));
  }

  /** The sections of a new role: every text empty (not absent), no compensation, no rows. */
  private static RoleSections emptySections() {
    return RoleSections.builder()
        .headline("")
        .summary("")
        .overview("")
        .activitiesIntro("")
        .adjacentIntro("")
        .cadenceNote("")
        .skillsIntro("")
        .compensationOverview("")
        .compensationNote("")
        .readinessIntro("")
        .readinessOutro("")
        .thresholdNote("")
        .assessmentFraming("")
        .careerIntro("")
        .careerOutro("")
        .pitfallsIntro("")
        .takeaway("")
        .build();
  }

  private static RoleAdminSummary summary(Role role) {
    var published = role.latestPublished();
    var draft = role.openDraft();
    String title =
        published
            .map(RoleVersion::title)
            .or(() -> draft.map(RoleVersion::title))
            .orElse(role.slug());
    return new RoleAdminSummary(
        role.slug(),
        title,
        published.map(RoleVersion::number).orElse(0),
        published.flatMap(RoleVersion::publishedAt).orElse(null),
        published.flatMap(RoleVersion::publishedBy).orElse(null),
        draft.map(RoleVersion::number).orElse(0));
  }
}
