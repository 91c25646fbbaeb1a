package io.skillspassport.web.admin;

import io.skillspassport.assessments.boundary.AssessmentFamilies;
import io.skillspassport.platform.boundary.Conflict;
import io.skillspassport.platform.boundary.NotFound;
import io.skillspassport.platform.boundary.Problem;
import io.skillspassport.platform.boundary.Rejected;
import io.skillspassport.roles.boundary.RoleAdministration;
import io.skillspassport.roles.boundary.RoleContent;
import io.skillspassport.roles.boundary.RoleDraft;
import io.skillspassport.roles.entity.RoleSections;
import io.skillspassport.roles.entity.RoleSections.AdjacentRole;
import io.skillspassport.roles.entity.RoleSections.CareerLevel;
import io.skillspassport.roles.entity.RoleSections.Compensation;
import io.skillspassport.roles.entity.RoleSections.Skill;
import io.skillspassport.roles.entity.RoleSections.Source;
import io.skillspassport.roles.entity.RoleSections.SupplementalExercise;
import io.skillspassport.roles.entity.RoleSections.TitledText;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.omnifaces.util.Faces;

/**
 * Backs {@code admin/role-editor.xhtml?slug=}: every section of a role's draft in one form, saved
 * as a whole with the draft's lock version. When someone else saved or published in between, the
 * save is refused, the form keeps what this editor typed and a Reload button fetches the other
 * version.
 */
@Named
@ViewScoped
public class RoleEditorView implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The list sections, each a list of {@link EditableRow}s. */
  static final List<String> LISTS =
      List.of(
          "activities",
          "adjacentRoles",
          "skills",
          "extraSkills",
          "compensationReferences",
          "supplementalExercises",
          "careerLadder",
          "pitfalls",
          "sources");

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);

  @Inject RoleAdministration roles;

  @Inject AssessmentFamilies families;

  private String slug;
  private int number;
  private long version;
  private final Map<String, String> texts = new HashMap<>();
  private Integer threshold;
  private Long compensationMin;
  private Long compensationMedian;
  private Long compensationMax;
  private final Map<String, List<EditableRow>> lists = new HashMap<>();
  private List<EditableWeight> weights = new ArrayList<>();
  private List<EditablePreset> presets = new ArrayList<>();
  private LinkedHashMap<String, String> familyNames = new LinkedHashMap<>();
  private Map<String, String> problems = new HashMap<>();
  private List<String> problemList = new ArrayList<>();
  private String conflict;

  /** Loads the draft named by the {@code slug} view parameter; answers 404 for an unknown role. */
  public void load() {
    if (slug == null) {
      throw new NotFound("No role given");
    }
    show(roles.draft(slug));
  }

  /** Saves the form into the draft. */
  public void save() {
    if (store()) {
      info(bundle().getString("editor.saved").formatted(number));
    }
  }

  /** Saves the form, then publishes the draft and shows the version list. */
  public void publish() throws IOException {
    if (!store()) {
      return;
    }
    try {
      int published = roles.publish(slug, version);
      Faces.redirect("admin/role-versions?slug=%s&published=%s", slug, published);
    } catch (Conflict e) {
      conflict(e);
    } catch (Rejected e) {
      rejected(e, "editor.incomplete");
    }
  }

  /**
   * Drops this editor's changes and opens the draft as it now stands, in a fresh view so that no
   * submitted value of this form lingers.
   */
  public void reload() throws IOException {
    Faces.redirect("admin/role-editor?slug=%s", slug);
  }

  private boolean store() {
    problems = new HashMap<>();
    problemList = new ArrayList<>();
    conflict = null;
    try {
      show(roles.saveDraft(slug, version, content()));
      return true;
    } catch (Conflict e) {
      conflict(e);
    } catch (Rejected e) {
      rejected(e, "editor.rejected");
    }
    return false;
  }

  private void conflict(Conflict e) {
    conflict =
        bundle()
            .getString("editor.conflict")
            .formatted(
                e.changedBy().orElse("someone else"), e.changedAt().map(WHEN::format).orElse(""));
    FacesContext.getCurrentInstance()
        .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, conflict, null));
  }

  private void rejected(Rejected e, String key) {
    problemList = e.problems().stream().map(p -> p.field() + ": " + p.message()).toList();
    problems =
        e.problems().stream()
            .collect(
                Collectors.toMap(
                    Problem::field, Problem::message, (a, b) -> a + " " + b, HashMap::new));
    FacesContext.getCurrentInstance()
        .addMessage(
            null, new FacesMessage(FacesMessage.SEVERITY_ERROR, bundle().getString(key), null));
  }

  private void info(String text) {
    FacesContext.getCurrentInstance()
        .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
  }

  /**
   * The accessible name of a row's ↑, ↓ or Remove button, e.g. "Move up: Pitfalls, row 2": a screen
   * reader lists a dozen "Move up" buttons otherwise, with nothing telling them apart.
   *
   * @param action the message key of the button's own text ({@code editor.up}, …)
   * @param list the list section ({@code activities}, …; {@code presets} for the weight presets)
   * @param index the row's 0-based position
   */
  public String rowAction(String action, String list, int index) {
    ResourceBundle texts = bundle();
    return MessageFormat.format(
        texts.getString("editor.rowAction"),
        texts.getString(action),
        texts.getString("editor.list." + list),
        index + 1);
  }

  /** A message with one argument, for labels such as "Relevance of Statistics". */
  public String label(String key, String argument) {
    return MessageFormat.format(bundle().getString(key), argument);
  }

  private ResourceBundle bundle() {
    FacesContext faces = FacesContext.getCurrentInstance();
    return faces.getApplication().getResourceBundle(faces, "adminMsg");
  }

  /** Adds an empty row to the list section {@code list}. */
  public void add(String list) {
    lists.get(list).add(new EditableRow());
  }

  public void remove(String list, int index) {
    List<EditableRow> rows = lists.get(list);
    if (index >= 0 && index < rows.size()) {
      rows.remove(index);
    }
  }

  public void moveUp(String list, int index) {
    List<EditableRow> rows = lists.get(list);
    if (index > 0 && index < rows.size()) {
      Collections.swap(rows, index, index - 1);
    }
  }

  public void moveDown(String list, int index) {
    List<EditableRow> rows = lists.get(list);
    if (index >= 0 && index < rows.size() - 1) {
      Collections.swap(rows, index, index + 1);
    }
  }

  /** Adds a preset with no weights. */
  public void addPreset() {
    presets.add(new EditablePreset("", "", "", familyWeights(Map.of())));
  }

  public void removePreset(int index) {
    if (index >= 0 && index < presets.size()) {
      presets.remove(index);
    }
  }

  private void show(RoleDraft draft) {
    familyNames = new LinkedHashMap<>(families.familyCatalogue().names());
    number = draft.number();
    version = draft.version();
    RoleContent content = draft.content();
    RoleSections s = content.sections();
    texts.clear();
    texts.put("title", content.title());
    threshold = content.readinessThreshold();
    texts.put("headline", s.headline());
    texts.put("summary", s.summary());
    texts.put("overview", s.overview());
    texts.put("adjacentIntro", s.adjacentIntro());
    texts.put("cadenceNote", s.cadenceNote());
    texts.put("skillsIntro", s.skillsIntro());
    texts.put("compensationOverview", s.compensationOverview());
    texts.put("compensationNote", s.compensationNote());
    texts.put("readinessIntro", s.readinessIntro());
    texts.put("readinessOutro", s.readinessOutro());
    texts.put("thresholdNote", s.thresholdNote());
    texts.put("assessmentFraming", s.assessmentFraming());
    texts.put("careerIntro", s.careerIntro());
    texts.put("careerOutro", s.careerOutro());
    texts.put("activitiesIntro", s.activitiesIntro());
    texts.put("pitfallsIntro", s.pitfallsIntro());
    texts.put("takeaway", s.takeaway());
    Compensation c = s.compensation();
    texts.put("currency", c == null ? null : c.currency());
    texts.put("region", c == null ? null : c.region());
    texts.put("asOf", c == null ? null : c.asOf());
    texts.put("dataNotice", c == null ? null : c.dataNotice());
    compensationMin = c == null ? null : c.min();
    compensationMedian = c == null ? null : c.median();
    compensationMax = c == null ? null : c.max();
    lists.clear();
    lists.put("activities", rows(s.activities(), t -> row(t.title(), t.description())));
    lists.put(
        "adjacentRoles",
        rows(
            s.adjacentRoles(),
            a -> {
              EditableRow r = row(a.title(), a.difference());
              r.setSlug(a.slug());
              return r;
            }));
    lists.put(
        "skills",
        rows(
            s.skills(),
            k -> {
              EditableRow r = row(k.title(), k.description());
              r.setFamily(k.family());
              return r;
            }));
    lists.put("extraSkills", rows(s.extraSkills(), t -> row(t.title(), t.description())));
    lists.put(
        "compensationReferences",
        rows(s.compensationReferences(), t -> row(t.title(), t.description())));
    lists.put(
        "supplementalExercises",
        rows(
            s.supplementalExercises(),
            e -> {
              EditableRow r = row(e.title(), e.description());
              r.setKind(e.kind());
              return r;
            }));
    lists.put(
        "careerLadder",
        rows(
            s.careerLadder(),
            l -> {
              EditableRow r = row(l.title(), l.description());
              r.setStage(l.stage());
              return r;
            }));
    lists.put("pitfalls", rows(s.pitfalls(), t -> row(t.title(), t.description())));
    lists.put(
        "sources",
        rows(
            s.sources(),
            src -> {
              EditableRow r = row(src.citation(), null);
              r.setUrl(src.url());
              return r;
            }));
    weights = new ArrayList<>();
    Map<String, String> names = familyNames;
    for (RoleContent.Weight w : content.weights()) {
      weights.add(
          new EditableWeight(
              w.familyCode(),
              names.getOrDefault(w.familyCode(), w.familyCode()),
              w.relevance(),
              w.rationale()));
    }
    familyNames.forEach(
        (code, name) -> {
          if (weights.stream().noneMatch(w -> w.getFamilyCode().equals(code))) {
            weights.add(new EditableWeight(code, name, null, null));
          }
        });
    presets = new ArrayList<>();
    for (RoleContent.Preset p : content.presets()) {
      presets.add(
          new EditablePreset(p.key(), p.name(), p.description(), familyWeights(p.weights())));
    }
    problems = new HashMap<>();
    problemList = new ArrayList<>();
    conflict = null;
  }

  private List<EditableWeight> familyWeights(Map<String, BigDecimal> given) {
    List<EditableWeight> list = new ArrayList<>();
    familyNames.forEach(
        (code, name) -> list.add(new EditableWeight(code, name, given.get(code), null)));
    return list;
  }

  private static <T> List<EditableRow> rows(List<T> items, Function<T, EditableRow> toRow) {
    return items.stream().map(toRow).collect(Collectors.toCollection(ArrayList::new));
  }

  private static EditableRow row(String title, String description) {
    EditableRow r = new EditableRow();
    r.setTitle(title);
    r.setDescription(description);
    return r;
  }

  /** The form's content, leaving out empty rows and families without a relevance. */
  RoleContent content() {
    boolean noCompensation =
        compensationMin == null
            && compensationMedian == null
            && compensationMax == null
            && blank("currency")
            && blank("region")
            && blank("asOf")
            && blank("dataNotice");
    Compensation compensation =
        noCompensation
            ? null
            : new Compensation(
                field("currency").toUpperCase(Locale.ROOT),
                compensationMin == null ? 0 : compensationMin,
                compensationMedian == null ? 0 : compensationMedian,
                compensationMax == null ? 0 : compensationMax,
                field("region"),
                field("asOf"),
                field("dataNotice"));
    RoleSections sections =
        RoleSections.builder()
            .headline(field("headline"))
            .summary(field("summary"))
            .compensation(compensation)
            .overview(field("overview"))
            .activitiesIntro(field("activitiesIntro"))
            .activities(filled("activities", RoleEditorView::titledText))
            .adjacentIntro(field("adjacentIntro"))
            .adjacentRoles(
                filled(
                    "adjacentRoles",
                    r ->
                        new AdjacentRole(
                            r.getSlug() == null || r.getSlug().isBlank()
                                ? null
                                : r.getSlug().strip(),
                            EditableRow.text(r.getTitle()),
                            EditableRow.text(r.getDescription()))))
            .cadenceNote(field("cadenceNote"))
            .skillsIntro(field("skillsIntro"))
            .skills(
                filled(
                    "skills",
                    r ->
                        new Skill(
                            EditableRow.text(r.getTitle()),
                            EditableRow.text(r.getFamily()),
                            EditableRow.text(r.getDescription()))))
            .extraSkills(filled("extraSkills", RoleEditorView::titledText))
            .compensationOverview(field("compensationOverview"))
            .compensationReferences(filled("compensationReferences", RoleEditorView::titledText))
            .compensationNote(field("compensationNote"))
            .readinessIntro(field("readinessIntro"))
            .readinessOutro(field("readinessOutro"))
            .thresholdNote(field("thresholdNote"))
            .assessmentFraming(field("assessmentFraming"))
            .supplementalExercises(
                filled(
                    "supplementalExercises",
                    r ->
                        new SupplementalExercise(
                            EditableRow.text(r.getKind()),
                            EditableRow.text(r.getTitle()),
                            EditableRow.text(r.getDescription()))))
            .careerIntro(field("careerIntro"))
            .careerLadder(
                filled(
                    "careerLadder",
                    r ->
                        new CareerLevel(
                            EditableRow.text(r.getTitle()),
                            EditableRow.text(r.getStage()),
                            EditableRow.text(r.getDescription()))))
            .careerOutro(field("careerOutro"))
            .pitfallsIntro(field("pitfallsIntro"))
            .pitfalls(filled("pitfalls", RoleEditorView::titledText))
            .takeaway(field("takeaway"))
            .sources(
                filled(
                    "sources",
                    r ->
                        new Source(
                            EditableRow.text(r.getTitle()),
                            r.getUrl() == null || r.getUrl().isBlank()
                                ? null
                                : r.getUrl().strip())))
            .build();
    List<RoleContent.Weight> chosen =
        weights.stream()
            .filter(w -> w.getRelevance() != null)
            .map(
                w ->
                    new RoleContent.Weight(
                        w.getFamilyCode(), w.getRelevance(), EditableRow.text(w.getRationale())))
            .toList();
    List<RoleContent.Preset> chosenPresets =
        presets.stream()
            .filter(
                p ->
                    !(EditableRow.text(p.getKey()).isEmpty()
                        && EditableRow.text(p.getName()).isEmpty()
                        && p.getWeights().stream().allMatch(w -> w.getRelevance() == null)))
            .map(
                p -> {
                  Map<String, BigDecimal> m = new LinkedHashMap<>();
                  p.getWeights().stream()
                      .filter(w -> w.getRelevance() != null)
                      .forEach(w -> m.put(w.getFamilyCode(), w.getRelevance()));
                  return new RoleContent.Preset(
                      EditableRow.text(p.getKey()),
                      EditableRow.text(p.getName()),
                      EditableRow.text(p.getDescription()),
                      m);
                })
            .toList();
    return new RoleContent(
        field("title"), threshold == null ? 0 : threshold, sections, chosen, chosenPresets);
  }

  private static TitledText titledText(EditableRow r) {
    return new TitledText(EditableRow.text(r.getTitle()), EditableRow.text(r.getDescription()));
  }

  private <T> List<T> filled(String list, Function<EditableRow, T> toItem) {
    return lists.get(list).stream().filter(r -> !r.isBlank()).map(toItem).toList();
  }

  private String field(String key) {
    return EditableRow.text(texts.get(key));
  }

  private boolean blank(String key) {
    return field(key).isEmpty();
  }

  /** A display time for the draft's creation. */
  public String when(Instant instant) {
    return instant == null ? "" : WHEN.format(instant);
  }

  public String getSlug() {
    return slug;
  }

  public void setSlug(String slug) {
    this.slug = slug;
  }

  public int getNumber() {
    return number;
  }

  public long getVersion() {
    return version;
  }

  public Map<String, String> getTexts() {
    return texts;
  }

  public Integer getThreshold() {
    return threshold;
  }

  public void setThreshold(Integer threshold) {
    this.threshold = threshold;
  }

  public Long getCompensationMin() {
    return compensationMin;
  }

  public void setCompensationMin(Long compensationMin) {
    this.compensationMin = compensationMin;
  }

  public Long getCompensationMedian() {
    return compensationMedian;
  }

  public void setCompensationMedian(Long compensationMedian) {
    this.compensationMedian = compensationMedian;
  }

  public Long getCompensationMax() {
    return compensationMax;
  }

  public void setCompensationMax(Long compensationMax) {
    this.compensationMax = compensationMax;
  }

  public Map<String, List<EditableRow>> getLists() {
    return lists;
  }

  public List<EditableWeight> getWeights() {
    return weights;
  }

  public List<EditablePreset> getPresets() {
    return presets;
  }

  /** The assessment families as select options: name → code. */
  public Map<String, String> getFamilyOptions() {
    Map<String, String> options = new LinkedHashMap<>();
    familyNames.forEach((code, name) -> options.put(name, code));
    return options;
  }

  /** Problems of the last save by field ({@code title}, {@code weights[CODE]}, ...). */
  public Map<String, String> getProblems() {
    return problems;
  }

  public List<String> getProblemList() {
    return problemList;
  }

  /** The conflict message of the last save, null when there was none. */
  public String getConflict() {
    return conflict;
  }
}
