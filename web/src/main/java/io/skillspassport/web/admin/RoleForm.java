package io.skillspassport.web.admin;

import io.skillspassport.platform.boundary.Problem;
import io.skillspassport.roles.boundary.RoleContent;
import io.skillspassport.roles.boundary.RoleSections;
import io.skillspassport.roles.boundary.RoleSections.AdjacentRole;
import io.skillspassport.roles.boundary.RoleSections.CareerLevel;
import io.skillspassport.roles.boundary.RoleSections.Compensation;
import io.skillspassport.roles.boundary.RoleSections.Skill;
import io.skillspassport.roles.boundary.RoleSections.Source;
import io.skillspassport.roles.boundary.RoleSections.SupplementalExercise;
import io.skillspassport.roles.boundary.RoleSections.TitledText;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A role's draft as the editor's form holds it: one typed property per input, a list of typed rows
 * per repeated section, a weight per assessment family. Filled from the {@link RoleContent} the
 * roles boundary returns ({@link #of}) and turned back into one ({@link #toContent}); the
 * boundary's {@link Problem}s are shown on the inputs they name ({@link #showProblems}).
 *
 * <p>What the form changes on the way back, so that an empty input means "nothing": texts are
 * stripped and an empty input is the empty text; a row with every input empty is left out; a family
 * whose relevance is empty is not weighted; a preset with no key, no name and no weight is left
 * out; the compensation is absent when all seven of its inputs are empty (an empty amount then
 * counts as 0, which the boundary refuses unless the other amounts are 0 too); the currency is
 * upper-cased. Content that needs none of these comes back equal (the form's unit test holds it).
 *
 * <p>Why the form keeps the family names: every family gets a relevance input, weighted or not, and
 * a preset added in the form needs one per family too.
 */
public final class RoleForm implements Serializable {

  private static final long serialVersionUID = 1L;

  /** A problem's field naming one entry of a list section: {@code adjacentRoles[2]}. */
  private static final Pattern ENTRY = Pattern.compile("(\\w+)\\[([^\\[\\]]*)\\]");

  private final LinkedHashMap<String, String> familyNames;

  private String title;
  private Integer threshold;
  private String headline;
  private String summary;
  private String currency;
  private Long compensationMin;
  private Long compensationMedian;
  private Long compensationMax;
  private String region;
  private String asOf;
  private String dataNotice;
  private String overview;
  private String activitiesIntro;
  private String adjacentIntro;
  private String cadenceNote;
  private String skillsIntro;
  private String compensationOverview;
  private String compensationNote;
  private String readinessIntro;
  private String thresholdNote;
  private String readinessOutro;
  private String assessmentFraming;
  private String careerIntro;
  private String careerOutro;
  private String pitfallsIntro;
  private String takeaway;

  private final Rows<TitledTextRow> activities = new Rows<>(TitledTextRow::new);
  private final Rows<AdjacentRoleRow> adjacentRoles = new Rows<>(AdjacentRoleRow::new);
  private final Rows<SkillRow> skills = new Rows<>(SkillRow::new);
  private final Rows<TitledTextRow> extraSkills = new Rows<>(TitledTextRow::new);
  private final Rows<TitledTextRow> compensationReferences = new Rows<>(TitledTextRow::new);
  private final Rows<ExerciseRow> supplementalExercises = new Rows<>(ExerciseRow::new);
  private final Rows<CareerLevelRow> careerLadder = new Rows<>(CareerLevelRow::new);
  private final Rows<TitledTextRow> pitfalls = new Rows<>(TitledTextRow::new);
  private final Rows<SourceRow> sources = new Rows<>(SourceRow::new);
  private final List<EditableWeight> weights = new ArrayList<>();
  private final List<EditablePreset> presets = new ArrayList<>();

  private String titleProblem;
  private String thresholdProblem;
  private String compensationProblem;
  private String currencyProblem;

  private RoleForm(Map<String, String> familyNames) {
    this.familyNames = new LinkedHashMap<>(familyNames);
  }

  /**
   * The form filled with a draft's content.
   *
   * @param content the content as the roles boundary returns it
   * @param familyNames every assessment family, code → name, in display order: each gets a
   *     relevance input (empty when the content does not weight it), after the content's own
   *     weights in their order
   */
  public static RoleForm of(RoleContent content, Map<String, String> familyNames) {
    RoleForm form = new RoleForm(familyNames);
    RoleSections s =
        content.sections() == null ? RoleSections.builder().build() : content.sections();
    form.title = content.title();
    form.threshold = content.readinessThreshold();
    form.headline = s.headline();
    form.summary = s.summary();
    Compensation c = s.compensation();
    if (c != null) {
      form.currency = c.currency();
      form.compensationMin = c.min();
      form.compensationMedian = c.median();
      form.compensationMax = c.max();
      form.region = c.region();
      form.asOf = c.asOf();
      form.dataNotice = c.dataNotice();
    }
    form.overview = s.overview();
    form.activitiesIntro = s.activitiesIntro();
    form.adjacentIntro = s.adjacentIntro();
    form.cadenceNote = s.cadenceNote();
    form.skillsIntro = s.skillsIntro();
    form.compensationOverview = s.compensationOverview();
    form.compensationNote = s.compensationNote();
    form.readinessIntro = s.readinessIntro();
    form.thresholdNote = s.thresholdNote();
    form.readinessOutro = s.readinessOutro();
    form.assessmentFraming = s.assessmentFraming();
    form.careerIntro = s.careerIntro();
    form.careerOutro = s.careerOutro();
    form.pitfallsIntro = s.pitfallsIntro();
    form.takeaway = s.takeaway();
    form.activities.fill(s.activities(), TitledTextRow::of);
    form.adjacentRoles.fill(s.adjacentRoles(), AdjacentRoleRow::of);
    form.skills.fill(s.skills(), SkillRow::of);
    form.extraSkills.fill(s.extraSkills(), TitledTextRow::of);
    form.compensationReferences.fill(s.compensationReferences(), TitledTextRow::of);
    form.supplementalExercises.fill(s.supplementalExercises(), ExerciseRow::of);
    form.careerLadder.fill(s.careerLadder(), CareerLevelRow::of);
    form.pitfalls.fill(s.pitfalls(), TitledTextRow::of);
    form.sources.fill(s.sources(), SourceRow::of);
    for (RoleContent.Weight w : content.weights()) {
      form.weights.add(
          new EditableWeight(
              w.familyCode(),
              form.familyNames.getOrDefault(w.familyCode(), w.familyCode()),
              w.relevance(),
              w.rationale()));
    }
    form.familyNames.forEach(
        (code, name) -> {
          if (form.weights.stream().noneMatch(w -> w.getFamilyCode().equals(code))) {
            form.weights.add(new EditableWeight(code, name, null, null));
          }
        });
    for (RoleContent.Preset p : content.presets()) {
      form.presets.add(
          new EditablePreset(p.key(), p.name(), p.description(), form.familyWeights(p.weights())));
    }
    return form;
  }

  /** The content the form holds, to send to the roles boundary (see the class comment). */
  public RoleContent toContent() {
    RoleSections sections =
        RoleSections.builder()
            .headline(text(headline))
            .summary(text(summary))
            .compensation(compensation())
            .overview(text(overview))
            .activitiesIntro(text(activitiesIntro))
            .activities(activities.filled(TitledTextRow::value))
            .adjacentIntro(text(adjacentIntro))
            .adjacentRoles(adjacentRoles.filled(AdjacentRoleRow::value))
            .cadenceNote(text(cadenceNote))
            .skillsIntro(text(skillsIntro))
            .skills(skills.filled(SkillRow::value))
            .extraSkills(extraSkills.filled(TitledTextRow::value))
            .compensationOverview(text(compensationOverview))
            .compensationReferences(compensationReferences.filled(TitledTextRow::value))
            .compensationNote(text(compensationNote))
            .readinessIntro(text(readinessIntro))
            .readinessOutro(text(readinessOutro))
            .thresholdNote(text(thresholdNote))
            .assessmentFraming(text(assessmentFraming))
            .supplementalExercises(supplementalExercises.filled(ExerciseRow::value))
            .careerIntro(text(careerIntro))
            .careerLadder(careerLadder.filled(CareerLevelRow::value))
            .careerOutro(text(careerOutro))
            .pitfallsIntro(text(pitfallsIntro))
            .pitfalls(pitfalls.filled(TitledTextRow::value))
            .takeaway(text(takeaway))
            .sources(sources.filled(SourceRow::value))
            .build();
    List<RoleContent.Weight> chosen =
        weights.stream()
            .filter(w -> w.getRelevance() != null)
            .map(
                w ->
                    new RoleContent.Weight(
                        w.getFamilyCode(), w.getRelevance(), text(w.getRationale())))
            .toList();
    List<RoleContent.Preset> chosenPresets =
        sentPresets().stream()
            .map(
                p -> {
                  Map<String, BigDecimal> m = new LinkedHashMap<>();
                  p.getWeights().stream()
                      .filter(w -> w.getRelevance() != null)
                      .forEach(w -> m.put(w.getFamilyCode(), w.getRelevance()));
                  return new RoleContent.Preset(
                      text(p.getKey()), text(p.getName()), text(p.getDescription()), m);
                })
            .toList();
    return new RoleContent(
        text(title), threshold == null ? 0 : threshold, sections, chosen, chosenPresets);
  }

  private Compensation compensation() {
    boolean none =
        compensationMin == null
            && compensationMedian == null
            && compensationMax == null
            && blank(currency)
            && blank(region)
            && blank(asOf)
            && blank(dataNotice);
    return none
        ? null
        : new Compensation(
            text(currency).toUpperCase(Locale.ROOT),
            compensationMin == null ? 0 : compensationMin,
            compensationMedian == null ? 0 : compensationMedian,
            compensationMax == null ? 0 : compensationMax,
            text(region),
            text(asOf),
            text(dataNotice));
  }

  /** The presets {@link #toContent} sends, in order: those with a key, a name or a weight. */
  private List<EditablePreset> sentPresets() {
    return presets.stream()
        .filter(
            p ->
                !(text(p.getKey()).isEmpty()
                    && text(p.getName()).isEmpty()
                    && p.getWeights().stream().allMatch(w -> w.getRelevance() == null)))
        .toList();
  }

  /**
   * Shows each problem on the input its field names, replacing the problems shown before: {@code
   * title}, {@code readinessThreshold}, {@code compensation} and {@code compensation.currency} on
   * theirs; {@code weights[CODE]} on that family's weight; {@code LIST[i]} (a list section such as
   * {@code adjacentRoles}, or {@code presets}) on the i-th entry the form sent — the boundary
   * counts the entries it received, and {@link #toContent} leaves empty rows out. Two problems on
   * one input are shown one after the other. A problem on any other field is on no input; the view
   * lists every problem above the form anyway.
   */
  public void showProblems(List<Problem> problems) {
    clearProblems();
    Map<String, String> byField =
        problems.stream()
            .collect(
                Collectors.toMap(
                    Problem::field, Problem::message, (a, b) -> a + " " + b, LinkedHashMap::new));
    byField.forEach(this::showProblem);
  }

  private void showProblem(String field, String message) {
    switch (field) {
      case "title" -> titleProblem = message;
      case "readinessThreshold" -> thresholdProblem = message;
      case "compensation" -> compensationProblem = message;
      case "compensation.currency" -> currencyProblem = message;
      default -> {
        Matcher entry = ENTRY.matcher(field);
        if (entry.matches()) {
          showEntryProblem(entry.group(1), entry.group(2), message);
        }
      }
    }
  }

  private void showEntryProblem(String list, String key, String message) {
    if (list.equals("weights")) {
      weights.stream()
          .filter(w -> w.getFamilyCode().equals(key))
          .forEach(w -> w.setProblem(message));
      return;
    }
    if (!key.matches("\\d{1,9}")) {
      return;
    }
    int index = Integer.parseInt(key);
    if (list.equals("presets")) {
      List<EditablePreset> sent = sentPresets();
      if (index < sent.size()) {
        sent.get(index).setProblem(message);
      }
      return;
    }
    Rows<?> rows = lists().get(list);
    if (rows != null) {
      rows.showProblem(index, message);
    }
  }

  /** Clears the problems shown on every input. */
  public void clearProblems() {
    titleProblem = null;
    thresholdProblem = null;
    compensationProblem = null;
    currencyProblem = null;
    lists().values().forEach(Rows::clearProblems);
    weights.forEach(w -> w.setProblem(null));
    presets.forEach(p -> p.setProblem(null));
  }

  /** The list sections by the name the boundary's problems give them. */
  private Map<String, Rows<?>> lists() {
    Map<String, Rows<?>> lists = new LinkedHashMap<>();
    lists.put("activities", activities);
    lists.put("adjacentRoles", adjacentRoles);
    lists.put("skills", skills);
    lists.put("extraSkills", extraSkills);
    lists.put("compensationReferences", compensationReferences);
    lists.put("supplementalExercises", supplementalExercises);
    lists.put("careerLadder", careerLadder);
    lists.put("pitfalls", pitfalls);
    lists.put("sources", sources);
    return lists;
  }

  /** Adds a preset with no weights. */
  public void addPreset() {
    presets.add(new EditablePreset("", "", "", familyWeights(Map.of())));
  }

  /** Removes the preset at {@code index} (0-based); an index out of range changes nothing. */
  public void removePreset(int index) {
    if (index >= 0 && index < presets.size()) {
      presets.remove(index);
    }
  }

  private List<EditableWeight> familyWeights(Map<String, BigDecimal> given) {
    List<EditableWeight> list = new ArrayList<>();
    familyNames.forEach(
        (code, name) -> list.add(new EditableWeight(code, name, given.get(code), null)));
    return list;
  }

  /** The assessment families as select options: name → code. */
  public Map<String, String> getFamilyOptions() {
    Map<String, String> options = new LinkedHashMap<>();
    familyNames.forEach((code, name) -> options.put(name, code));
    return options;
  }

  static String text(String s) {
    return s == null ? "" : s.strip();
  }

  static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  /** Null for an empty input, else the stripped text: for optional slugs and addresses. */
  private static String optional(String s) {
    return blank(s) ? null : s.strip();
  }

  /**
   * A list section of the form: its rows in order and what the row buttons do to them.
   *
   * @param <T> the row type
   */
  public static final class Rows<T extends Row> implements Serializable {

    private static final long serialVersionUID = 1L;

    private final ArrayList<T> items = new ArrayList<>();
    private final Blank<T> blank;

    Rows(Blank<T> blank) {
      this.blank = blank;
    }

    /** Makes an empty row; serializable, as the form lives in the view state. */
    @FunctionalInterface
    interface Blank<R> extends Serializable {
      R make();
    }

    private <V> void fill(List<V> values, Function<V, T> toRow) {
      items.clear();
      values.forEach(v -> items.add(toRow.apply(v)));
    }

    /** The rows with something entered, as values. */
    private <V> List<V> filled(Function<T, V> toValue) {
      return items.stream().filter(r -> !r.isBlank()).map(toValue).toList();
    }

    private void showProblem(int sentIndex, String message) {
      List<T> sent = items.stream().filter(r -> !r.isBlank()).toList();
      if (sentIndex < sent.size()) {
        sent.get(sentIndex).setProblem(message);
      }
    }

    private void clearProblems() {
      items.forEach(r -> r.setProblem(null));
    }

    public List<T> getItems() {
      return items;
    }

    /** Adds an empty row at the end. */
    public void add() {
      items.add(blank.make());
    }

    /** Removes the row at {@code index}; out of range changes nothing, as for the moves. */
    public void remove(int index) {
      if (index >= 0 && index < items.size()) {
        items.remove(index);
      }
    }

    public void moveUp(int index) {
      if (index > 0 && index < items.size()) {
        Collections.swap(items, index, index - 1);
      }
    }

    public void moveDown(int index) {
      if (index >= 0 && index < items.size() - 1) {
        Collections.swap(items, index, index + 1);
      }
    }
  }

  /** A row of a list section, with the problem the last save found in it. */
  public abstract static class Row implements Serializable {

    private static final long serialVersionUID = 1L;

    private String problem;

    /** Whether nothing was entered, so the row is left out when saving. */
    abstract boolean isBlank();

    public String getProblem() {
      return problem;
    }

    void setProblem(String problem) {
      this.problem = problem;
    }
  }

  /** A titled paragraph: an activity, an extra skill, a compensation reference, a pitfall. */
  public static final class TitledTextRow extends Row {

    private static final long serialVersionUID = 1L;

    private String title;
    private String description;

    static TitledTextRow of(TitledText t) {
      TitledTextRow row = new TitledTextRow();
      row.title = t.title();
      row.description = t.description();
      return row;
    }

    TitledText value() {
      return new TitledText(text(title), text(description));
    }

    @Override
    boolean isBlank() {
      return blank(title) && blank(description);
    }

    public String getTitle() {
      return title;
    }

    public void setTitle(String title) {
      this.title = title;
    }

    public String getDescription() {
      return description;
    }

    public void setDescription(String description) {
      this.description = description;
    }
  }

  /** An adjacent role: its title, the slug of its page (optional) and how it differs. */
  public static final class AdjacentRoleRow extends Row {

    private static final long serialVersionUID = 1L;

    private String title;
    private String slug;
    private String difference;

    static AdjacentRoleRow of(AdjacentRole a) {
      AdjacentRoleRow row = new AdjacentRoleRow();
      row.title = a.title();
      row.slug = a.slug();
      row.difference = a.difference();
      return row;
    }

    AdjacentRole value() {
      return new AdjacentRole(optional(slug), text(title), text(difference));
    }

    @Override
    boolean isBlank() {
      return blank(title) && blank(slug) && blank(difference);
    }

    public String getTitle() {
      return title;
    }

    public void setTitle(String title) {
      this.title = title;
    }

    public String getSlug() {
      return slug;
    }

    public void setSlug(String slug) {
      this.slug = slug;
    }

    public String getDifference() {
      return difference;
    }

    public void setDifference(String difference) {
      this.difference = difference;
    }
  }

  /** A skill that predicts performance, with the code of the family probing it (optional). */
  public static final class SkillRow extends Row {

    private static final long serialVersionUID = 1L;

    private String title;
    private String family;
    private String description;

    static SkillRow of(Skill k) {
      SkillRow row = new SkillRow();
      row.title = k.title();
      row.family = k.family();
      row.description = k.description();
      return row;
    }

    Skill value() {
      return new Skill(text(title), text(family), text(description));
    }

    @Override
    boolean isBlank() {
      return blank(title) && blank(family) && blank(description);
    }

    public String getTitle() {
      return title;
    }

    public void setTitle(String title) {
      this.title = title;
    }

    public String getFamily() {
      return family;
    }

    public void setFamily(String family) {
      this.family = family;
    }

    public String getDescription() {
      return description;
    }

    public void setDescription(String description) {
      this.description = description;
    }
  }

  /** A supplemental exercise: its kind, title and a plain-text description. */
  public static final class ExerciseRow extends Row {

    private static final long serialVersionUID = 1L;

    private String kind;
    private String title;
    private String description;

    static ExerciseRow of(SupplementalExercise e) {
      ExerciseRow row = new ExerciseRow();
      row.kind = e.kind();
      row.title = e.title();
      row.description = e.description();
      return row;
    }

    SupplementalExercise value() {
      return new SupplementalExercise(text(kind), text(title), text(description));
    }

    @Override
    boolean isBlank() {
      return blank(kind) && blank(title) && blank(description);
    }

    public String getKind() {
      return kind;
    }

    public void setKind(String kind) {
      this.kind = kind;
    }

    public String getTitle() {
      return title;
    }

    public void setTitle(String title) {
      this.title = title;
    }

    public String getDescription() {
      return description;
    }

    public void setDescription(String description) {
      this.description = description;
    }
  }

  /** A rung of the career ladder. */
  public static final class CareerLevelRow extends Row {

    private static final long serialVersionUID = 1L;

    private String title;
    private String stage;
    private String description;

    static CareerLevelRow of(CareerLevel l) {
      CareerLevelRow row = new CareerLevelRow();
      row.title = l.title();
      row.stage = l.stage();
      row.description = l.description();
      return row;
    }

    CareerLevel value() {
      return new CareerLevel(text(title), text(stage), text(description));
    }

    @Override
    boolean isBlank() {
      return blank(title) && blank(stage) && blank(description);
    }

    public String getTitle() {
      return title;
    }

    public void setTitle(String title) {
      this.title = title;
    }

    public String getStage() {
      return stage;
    }

    public void setStage(String stage) {
      this.stage = stage;
    }

    public String getDescription() {
      return description;
    }

    public void setDescription(String description) {
      this.description = description;
    }
  }

  /** A source: the citation and its address (optional). */
  public static final class SourceRow extends Row {

    private static final long serialVersionUID = 1L;

    private String citation;
    private String url;

    static SourceRow of(Source s) {
      SourceRow row = new SourceRow();
      row.citation = s.citation();
      row.url = s.url();
      return row;
    }

    Source value() {
      return new Source(text(citation), optional(url));
    }

    @Override
    boolean isBlank() {
      return blank(citation) && blank(url);
    }

    public String getCitation() {
      return citation;
    }

    public void setCitation(String citation) {
      this.citation = citation;
    }

    public String getUrl() {
      return url;
    }

    public void setUrl(String url) {
      this.url = url;
    }
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public Integer getThreshold() {
    return threshold;
  }

  public void setThreshold(Integer threshold) {
    this.threshold = threshold;
  }

  public String getHeadline() {
    return headline;
  }

  public void setHeadline(String headline) {
    this.headline = headline;
  }

  public String getSummary() {
    return summary;
  }

  public void setSummary(String summary) {
    this.summary = summary;
  }

  public String getCurrency() {
    return currency;
  }

  public void setCurrency(String currency) {
    this.currency = currency;
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

  public String getRegion() {
    return region;
  }

  public void setRegion(String region) {
    this.region = region;
  }

  public String getAsOf() {
    return asOf;
  }

  public void setAsOf(String asOf) {
    this.asOf = asOf;
  }

  public String getDataNotice() {
    return dataNotice;
  }

  public void setDataNotice(String dataNotice) {
    this.dataNotice = dataNotice;
  }

  public String getOverview() {
    return overview;
  }

  public void setOverview(String overview) {
    this.overview = overview;
  }

  public String getActivitiesIntro() {
    return activitiesIntro;
  }

  public void setActivitiesIntro(String activitiesIntro) {
    this.activitiesIntro = activitiesIntro;
  }

  public String getAdjacentIntro() {
    return adjacentIntro;
  }

  public void setAdjacentIntro(String adjacentIntro) {
    this.adjacentIntro = adjacentIntro;
  }

  public String getCadenceNote() {
    return cadenceNote;
  }

  public void setCadenceNote(String cadenceNote) {
    this.cadenceNote = cadenceNote;
  }

  public String getSkillsIntro() {
    return skillsIntro;
  }

  public void setSkillsIntro(String skillsIntro) {
    this.skillsIntro = skillsIntro;
  }

  public String getCompensationOverview() {
    return compensationOverview;
  }

  public void setCompensationOverview(String compensationOverview) {
    this.compensationOverview = compensationOverview;
  }

  public String getCompensationNote() {
    return compensationNote;
  }

  public void setCompensationNote(String compensationNote) {
    this.compensationNote = compensationNote;
  }

  public String getReadinessIntro() {
    return readinessIntro;
  }

  public void setReadinessIntro(String readinessIntro) {
    this.readinessIntro = readinessIntro;
  }

  public String getThresholdNote() {
    return thresholdNote;
  }

  public void setThresholdNote(String thresholdNote) {
    this.thresholdNote = thresholdNote;
  }

  public String getReadinessOutro() {
    return readinessOutro;
  }

  public void setReadinessOutro(String readinessOutro) {
    this.readinessOutro = readinessOutro;
  }

  public String getAssessmentFraming() {
    return assessmentFraming;
  }

  public void setAssessmentFraming(String assessmentFraming) {
    this.assessmentFraming = assessmentFraming;
  }

  public String getCareerIntro() {
    return careerIntro;
  }

  public void setCareerIntro(String careerIntro) {
    this.careerIntro = careerIntro;
  }

  public String getCareerOutro() {
    return careerOutro;
  }

  public void setCareerOutro(String careerOutro) {
    this.careerOutro = careerOutro;
  }

  public String getPitfallsIntro() {
    return pitfallsIntro;
  }

  public void setPitfallsIntro(String pitfallsIntro) {
    this.pitfallsIntro = pitfallsIntro;
  }

  public String getTakeaway() {
    return takeaway;
  }

  public void setTakeaway(String takeaway) {
    this.takeaway = takeaway;
  }

  public Rows<TitledTextRow> getActivities() {
    return activities;
  }

  public Rows<AdjacentRoleRow> getAdjacentRoles() {
    return adjacentRoles;
  }

  public Rows<SkillRow> getSkills() {
    return skills;
  }

  public Rows<TitledTextRow> getExtraSkills() {
    return extraSkills;
  }

  public Rows<TitledTextRow> getCompensationReferences() {
    return compensationReferences;
  }

  public Rows<ExerciseRow> getSupplementalExercises() {
    return supplementalExercises;
  }

  public Rows<CareerLevelRow> getCareerLadder() {
    return careerLadder;
  }

  public Rows<TitledTextRow> getPitfalls() {
    return pitfalls;
  }

  public Rows<SourceRow> getSources() {
    return sources;
  }

  public List<EditableWeight> getWeights() {
    return weights;
  }

  public List<EditablePreset> getPresets() {
    return presets;
  }

  /** The problem of the last save with the title, null when there was none. */
  public String getTitleProblem() {
    return titleProblem;
  }

  public String getThresholdProblem() {
    return thresholdProblem;
  }

  /** The problem with the amounts (minimum ≤ median ≤ maximum). */
  public String getCompensationProblem() {
    return compensationProblem;
  }

  public String getCurrencyProblem() {
    return currencyProblem;
  }
}
