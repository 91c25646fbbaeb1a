package io.skillspassport.web.employer;

import io.skillspassport.exercises.boundary.CriterionRating;
import io.skillspassport.exercises.boundary.ExerciseRatings;
import io.skillspassport.exercises.boundary.RatingOverview;
import io.skillspassport.exercises.boundary.RatingSheet;
import io.skillspassport.exercises.boundary.RubricView;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Backs {@code employer/exercise-ratings.xhtml}: without a candidate, the bundle's exercises and
 * the sharing candidates with what the caller has rated; with {@code candidate} and {@code kind},
 * the rubric and the caller's own rating form (other interviewers' ratings are never shown here).
 * The overview also releases the interviewers' notes of an exercise to a candidate, after a
 * confirmation step on the page itself (no script: the page allows none).
 */
@Named
@ViewScoped
public class ExerciseRatingsView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject ExerciseRatings ratings;

  private long bundle;
  private String candidate;
  private String kind;
  private RatingOverview overview;
  private RatingSheet sheet;
  private List<Input> inputs = new ArrayList<>();
  private String confirmCandidate = "";
  private String confirmKind = "";

  /** One criterion's entry in the form. */
  public static final class Input implements Serializable {
    private static final long serialVersionUID = 1L;
    private final RubricView.Criterion criterion;
    private Integer level;
    private String note = "";

    Input(RubricView.Criterion criterion) {
      this.criterion = criterion;
    }

    public RubricView.Criterion getCriterion() {
      return criterion;
    }

    public Integer getLevel() {
      return level;
    }

    public void setLevel(Integer level) {
      this.level = level;
    }

    public String getNote() {
      return note;
    }

    public void setNote(String note) {
      this.note = note;
    }

    /** The levels 1..5 with their anchors, for the radio buttons. */
    public List<Option> getOptions() {
      List<Option> options = new ArrayList<>();
      for (int i = 0; i < criterion.levels().size(); i++) {
        options.add(new Option(i + 1, criterion.levels().get(i)));
      }
      return options;
    }
  }

  /** One level of a criterion and its behavioural anchor. */
  public record Option(int level, String anchor) implements Serializable {}

  public void load() {
    if (candidate == null || candidate.isBlank() || kind == null || kind.isBlank()) {
      overview = ratings.overview(bundle);
    } else {
      refreshSheet();
    }
  }

  private void refreshSheet() {
    sheet = ratings.sheet(bundle, kind, candidate);
    inputs = new ArrayList<>();
    for (RubricView.Criterion c : sheet.rubric().criteria()) {
      Input input = new Input(c);
      sheet.mine().stream()
          .filter(r -> r.criterion().equals(c.code()))
          .findFirst()
          .ifPresent(
              r -> {
                input.setLevel(r.level());
                input.setNote(r.note());
              });
      inputs.add(input);
    }
  }

  /** Submits the caller's ratings; a missing level or a rule broken becomes a message. */
  public void submit() {
    FacesContext faces = FacesContext.getCurrentInstance();
    List<CriterionRating> given = new ArrayList<>();
    for (Input input : inputs) {
      if (input.getLevel() == null) {
        faces.addMessage(
            "rating-form",
            new FacesMessage(
                FacesMessage.SEVERITY_ERROR,
                text(faces, "ratings.levelMissing", input.getCriterion().name()),
                null));
        return;
      }
      given.add(
          new CriterionRating(input.getCriterion().code(), input.getLevel(), input.getNote()));
    }
    try {
      int changed = ratings.submit(bundle, kind, candidate, given);
      faces.addMessage(
          null,
          new FacesMessage(
              FacesMessage.SEVERITY_INFO, text(faces, "ratings.saved", changed), null));
      refreshSheet();
    } catch (IllegalArgumentException e) {
      faces.addMessage(
          "rating-form", new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
    }
  }

  private static String text(FacesContext faces, String key, Object... args) {
    ResourceBundle texts = faces.getApplication().getResourceBundle(faces, "employerMsg");
    return new MessageFormat(texts.getString(key), Locale.ROOT).format(args);
  }

  /** First step of a release: shows the confirmation in that candidate's cell. */
  public void askToRelease(String candidate, String kind) {
    confirmCandidate = candidate;
    confirmKind = kind;
  }

  /** Whether the confirmation of a release is shown for this candidate and exercise. */
  public boolean isConfirming(String candidate, String kind) {
    return confirmCandidate.equals(candidate) && confirmKind.equals(kind);
  }

  public void cancelRelease() {
    confirmCandidate = "";
    confirmKind = "";
  }

  /** Releases the notes the confirmation was shown for; a refusal of the rules is a message. */
  public void release() {
    FacesContext faces = FacesContext.getCurrentInstance();
    String releasedTo = confirmCandidate;
    String releasedKind = confirmKind;
    cancelRelease();
    if (releasedTo.isEmpty()) {
      return;
    }
    try {
      boolean released = ratings.releaseNotes(bundle, releasedKind, releasedTo);
      faces.addMessage(
          null,
          new FacesMessage(
              FacesMessage.SEVERITY_INFO,
              text(
                  faces, released ? "ratings.release.done" : "ratings.release.already", releasedTo),
              null));
    } catch (IllegalArgumentException e) {
      faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
    }
    overview = ratings.overview(bundle);
  }

  /** The name of a criterion of the rubric shown, for the history list. */
  public String criterionName(String code) {
    return sheet == null
        ? code
        : sheet.rubric().criteria().stream()
            .filter(c -> c.code().equals(code))
            .map(RubricView.Criterion::name)
            .findFirst()
            .orElse(code);
  }

  public long getBundle() {
    return bundle;
  }

  public void setBundle(long bundle) {
    this.bundle = bundle;
  }

  public String getCandidate() {
    return candidate;
  }

  public void setCandidate(String candidate) {
    this.candidate = candidate;
  }

  public String getKind() {
    return kind;
  }

  public void setKind(String kind) {
    this.kind = kind;
  }

  public RatingOverview getOverview() {
    return overview;
  }

  public RatingSheet getSheet() {
    return sheet;
  }

  public List<Input> getInputs() {
    return inputs;
  }
}
