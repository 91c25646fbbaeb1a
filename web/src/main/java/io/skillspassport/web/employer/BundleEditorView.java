package io.skillspassport.web.employer;

import io.skillspassport.bundles.boundary.BundleDetail;
import io.skillspassport.bundles.boundary.BundleSettings;
import io.skillspassport.bundles.boundary.Bundles;
import io.skillspassport.bundles.boundary.ComparisonRow;
import io.skillspassport.bundles.boundary.Comparisons;
import io.skillspassport.platform.boundary.Conflict;
import io.skillspassport.platform.boundary.Rejected;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.text.MessageFormat;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Backs {@code employer/bundle.xhtml}: one bundle's editor. The form keeps what the employer typed
 * across every action — a refused save (conflict or a value out of range) leaves it as it was, with
 * the message next to the field — and remembers the version it started from, which is what a save
 * is checked against.
 */
@Named
@ViewScoped
public class BundleEditorView implements Serializable {

  private static final long serialVersionUID = 1L;

  static final int PREVIEW_SIZE = 10;

  @Inject Bundles bundles;

  @Inject Comparisons comparisons;

  private long id;
  private BundleDetail detail;
  private int basedOnNumber;
  private int roleVersionNumber;
  private int threshold;
  private List<FamilyRow> families = new ArrayList<>();
  private List<ExerciseRow> exercises = new ArrayList<>();
  private List<ComparisonRow> preview;
  private String newName;
  private String cloneName;
  private String presetKey;

  /** One family's inputs. */
  public static class FamilyRow implements Serializable {
    private static final long serialVersionUID = 1L;
    private final String code;
    private final String name;
    private boolean included;
    private BigDecimal weight;
    private Integer minimum;

    FamilyRow(BundleSettings.FamilySetting setting) {
      this.code = setting.familyCode();
      this.name = setting.familyName();
      this.included = setting.included();
      this.weight = setting.weight();
      this.minimum = setting.minimum();
    }

    public String getCode() {
      return code;
    }

    public String getName() {
      return name;
    }

    public boolean isIncluded() {
      return included;
    }

    public void setIncluded(boolean included) {
      this.included = included;
    }

    public BigDecimal getWeight() {
      return weight;
    }

    public void setWeight(BigDecimal weight) {
      this.weight = weight;
    }

    public Integer getMinimum() {
      return minimum;
    }

    public void setMinimum(Integer minimum) {
      this.minimum = minimum;
    }
  }

  /** One exercise's inputs. */
  public static class ExerciseRow implements Serializable {
    private static final long serialVersionUID = 1L;
    private String kind;
    private String name;
    private String description;

    ExerciseRow(String kind, String name, String description) {
      this.kind = kind;
      this.name = name;
      this.description = description;
    }

    public String getKind() {
      return kind;
    }

    public void setKind(String kind) {
      this.kind = kind;
    }

    public String getName() {
      return name;
    }

    public void setName(String name) {
      this.name = name;
    }

    public String getDescription() {
      return description;
    }

    public void setDescription(String description) {
      this.description = description;
    }
  }

  /** Loads the bundle on the first request of the view. */
  public void load() {
    if (FacesContext.getCurrentInstance().isPostback()) {
      return;
    }
    detail = bundles.detail(id);
    show(detail.latest());
    newName = detail.name();
    cloneName = detail.name() + " (copy)";
  }

  /**
   * Saves the form as the bundle's next version, then redirects to {@code ?id=} of the same bundle
   * (post-redirect-get): a postback URL carries no view parameter, so reloading it showed an empty
   * editor. The "saved" message travels in the flash. A refusal stays on the posted form, with the
   * employer's input and the message next to the field.
   */
  public String save() {
    try {
      int number = bundles.save(id, settings());
      info("editor:save", text("editor.saved", number));
      return reloaded();
    } catch (Conflict conflict) {
      error("editor:save", conflict.getMessage());
    } catch (Rejected invalid) {
      error(clientId(invalid.field()), invalid.getMessage());
    }
    return null;
  }

  /** The outcome that shows this bundle afresh at its own URL, keeping the messages. */
  private String reloaded() {
    FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    return "/employer/bundle.xhtml?faces-redirect=true&id=" + id;
  }

  public void preview() {
    try {
      preview = comparisons.preview(id, settings(), PREVIEW_SIZE);
    } catch (Rejected invalid) {
      preview = null;
      error(clientId(invalid.field()), invalid.getMessage());
    }
  }

  public void reset() {
    apply(bundles.publishedWeights(id, settings()));
  }

  public void applyPreset() {
    if (presetKey != null && !presetKey.isBlank()) {
      apply(bundles.applyPreset(id, presetKey, settings()));
    }
  }

  /** Renames the bundle and shows it again at its own URL (post-redirect-get, like saving). */
  public String rename() {
    try {
      bundles.rename(id, detail.lockVersion(), newName);
      info("manage:rename", text("editor.renamed"));
      return reloaded();
    } catch (Conflict conflict) {
      error("manage:rename", conflict.getMessage());
    } catch (Rejected invalid) {
      error("manage:newName", invalid.getMessage());
    }
    return null;
  }

  public String copy() {
    try {
      long copy = bundles.copy(id, cloneName);
      return "/employer/bundle.xhtml?faces-redirect=true&id=" + copy;
    } catch (Rejected invalid) {
      error("manage:cloneName", invalid.getMessage());
      return null;
    }
  }

  /** Archives the bundle and shows it again at its own URL (post-redirect-get). */
  public String archive() {
    try {
      bundles.archive(id);
      info("manage:archive", text("editor.archived"));
      return reloaded();
    } catch (Conflict conflict) {
      error("manage:archive", conflict.getMessage());
      return null;
    }
  }

  public void addExercise() {
    exercises.add(new ExerciseRow(OTHER_KIND, "", ""));
  }

  /** The kind a bundle exercise gets when none of the portal's rubrics fits it. */
  static final String OTHER_KIND = "exercise";

  /** The exercise kinds the portal has rubrics for (the seed guide's supplemental exercises). */
  static final List<String> KNOWN_KINDS =
      List.of("PAPER_READING", "RESEARCH_DESIGN", "PROJECT_DEEP_DIVE", OTHER_KIND);

  /** The kinds a row may choose: the known ones, and the row's own when it is another. */
  public List<String> kindsFor(ExerciseRow row) {
    List<String> kinds = new ArrayList<>(KNOWN_KINDS);
    if (row.getKind() != null && !row.getKind().isBlank() && !kinds.contains(row.getKind())) {
      kinds.add(row.getKind());
    }
    return kinds;
  }

  /** A kind's readable name ("Paper reading and discussion"); an unknown kind as it was typed. */
  public String kindLabel(String kind) {
    FacesContext faces = FacesContext.getCurrentInstance();
    var texts = faces.getApplication().getResourceBundle(faces, "employerMsg");
    String key = "exercise.kind." + kind;
    return texts.containsKey(key) ? texts.getString(key) : kind;
  }

  public void removeExercise() {
    if (!exercises.isEmpty()) {
      exercises.remove(exercises.size() - 1);
    }
  }

  /** The share of the composite a family gets under the weights as submitted, as a percentage. */
  public String share(FamilyRow row) {
    return String.format(Locale.ROOT, "%.0f%%", shareOf(row));
  }

  /**
   * The normalised weight w̃ = w/Σw of the included families, in percent (0 for an excluded family
   * or when all weights are 0): the length of the row's bar in the weights chart, which
   * bundle-editor.js keeps in step with the sliders.
   */
  public String shareBar(FamilyRow row) {
    return String.format(Locale.ROOT, "%.1f", shareOf(row));
  }

  private double shareOf(FamilyRow row) {
    BigDecimal total =
        families.stream()
            .filter(f -> f.included && f.weight != null)
            .map(f -> f.weight)
            .reduce(BigDecimal.ZERO, BigDecimal::add);
    if (!row.included || row.weight == null || total.signum() == 0) {
      return 0;
    }
    return 100 * row.weight.doubleValue() / total.doubleValue();
  }

  public String when(Instant instant) {
    return BundleListView.when(instant, BundleListView.WHEN);
  }

  private void apply(BundleSettings settings) {
    roleVersionNumber = settings.roleVersionNumber();
    threshold = settings.threshold();
    families = new ArrayList<>(settings.families().stream().map(FamilyRow::new).toList());
  }

  private void show(BundleSettings settings) {
    basedOnNumber = settings.basedOnNumber();
    apply(settings);
    exercises =
        new ArrayList<>(
            settings.exercises().stream()
                .map(e -> new ExerciseRow(e.kind(), e.name(), e.description()))
                .toList());
  }

  private BundleSettings settings() {
    return new BundleSettings(
        basedOnNumber,
        roleVersionNumber,
        threshold,
        families.stream()
            .map(
                f ->
                    new BundleSettings.FamilySetting(
                        f.code, f.name, f.included, f.weight, f.minimum))
            .toList(),
        exercises.stream()
            .filter(e -> e.name != null && !e.name.isBlank())
            .map(e -> new BundleSettings.Exercise(e.kind, e.name, e.description))
            .toList());
  }

  /** The input an {@link Rejected} field names. */
  private String clientId(String field) {
    if (field == null) {
      return null;
    }
    if (field.startsWith("weight:") || field.startsWith("minimum:")) {
      String code = field.substring(field.indexOf(':') + 1);
      for (int i = 0; i < families.size(); i++) {
        if (families.get(i).code.equals(code)) {
          return "editor:families:" + i + ":" + field.substring(0, field.indexOf(':'));
        }
      }
    }
    return switch (field) {
      case "threshold" -> "editor:threshold";
      case "name" -> "manage:newName";
      case "exercises" -> "editor:exerciseMessages";
      default -> "editor:familyMessages";
    };
  }

  private static void info(String clientId, String message) {
    FacesContext.getCurrentInstance()
        .addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_INFO, message, null));
  }

  private static void error(String clientId, String message) {
    FacesContext.getCurrentInstance()
        .addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
  }

  private static String text(String key, Object... arguments) {
    return MessageFormat.format(BundleListView.employerText().getString(key), arguments);
  }

  public long getId() {
    return id;
  }

  public void setId(long id) {
    this.id = id;
  }

  public BundleDetail getDetail() {
    return detail;
  }

  public int getBasedOnNumber() {
    return basedOnNumber;
  }

  public int getRoleVersionNumber() {
    return roleVersionNumber;
  }

  public int getThreshold() {
    return threshold;
  }

  public void setThreshold(int threshold) {
    this.threshold = threshold;
  }

  public List<FamilyRow> getFamilies() {
    return families;
  }

  public List<ExerciseRow> getExercises() {
    return exercises;
  }

  public List<ComparisonRow> getPreview() {
    return preview;
  }

  public String getNewName() {
    return newName;
  }

  public void setNewName(String newName) {
    this.newName = newName;
  }

  public String getCloneName() {
    return cloneName;
  }

  public void setCloneName(String cloneName) {
    this.cloneName = cloneName;
  }

  public String getPresetKey() {
    return presetKey;
  }

  public void setPresetKey(String presetKey) {
    this.presetKey = presetKey;
  }
}
