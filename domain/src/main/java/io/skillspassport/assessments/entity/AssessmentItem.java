package io.skillspassport.assessments.entity;

import io.skillspassport.scoring.irt.GradedResponseItem;
import io.skillspassport.scoring.irt.Item;
import io.skillspassport.scoring.irt.ThreePlItem;
import io.skillspassport.scoring.irt.TwoPlItem;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;

/**
 * One calibrated item of one content version of a family's item bank: the texts a candidate reads,
 * the options in display order, the answer key and the IRT parameters.
 *
 * <p>Content is immutable once installed — a changed item ships as a new content version, which
 * retires this row instead of overwriting it, so that every attempt can be rescored against the
 * exact items it was taken with. The only change an item accepts is {@link #retire()}.
 *
 * <p>A candidate's response is the 0-based index of the chosen option; {@link #scoredResponse(int)}
 * turns it into what the IRT model expects (0/1 for a right/wrong item, the option's category 1..K
 * for a graded-response item).
 *
 * <p>A right/wrong ({@link ItemKind#TWO_PL}) item with a guessing parameter {@code c} is scored
 * under the 3PL model ({@link ThreePlItem}); without one, under the 2PL model. Its {@link
 * ItemDetails} say which sub-skill it measures, whether it is a pretest item and whether its
 * parameters are provisional (expert-set) or calibrated.
 */
@Entity
@Table(name = "assessment_item")
public class AssessmentItem {

  @Id
  @SequenceGenerator(name = "sp_seq", sequenceName = "sp_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sp_seq")
  private Long id;

  @Column(name = "family_code", nullable = false, updatable = false)
  private String familyCode;

  @Column(nullable = false, updatable = false)
  private String code;

  @Column(name = "content_version", nullable = false, updatable = false)
  private int contentVersion;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private ItemKind kind;

  @Column(name = "bank_position", nullable = false, updatable = false)
  private int bankPosition;

  @Column(nullable = false, updatable = false, length = 1000)
  private String stem;

  @Column(updatable = false, length = 2000)
  private String scenario;

  @Column(name = "code_snippet", updatable = false, length = 2000)
  private String codeSnippet;

  @Convert(converter = OptionTextsConverter.class)
  @Column(nullable = false, updatable = false, length = 8000)
  private List<String> options;

  @Column(name = "answer_key", nullable = false, updatable = false, length = 200)
  private String answerKey;

  @Column(updatable = false, length = 4000)
  private String explanation;

  @Column(nullable = false, updatable = false)
  private double discrimination;

  @Column(updatable = false)
  private Double difficulty;

  @Column(updatable = false, length = 200)
  private String thresholds;

  @Column(nullable = false)
  private boolean retired;

  @Column(updatable = false)
  private Double guessing;

  @Column(updatable = false, length = 60)
  private String subskill;

  @Column(updatable = false, length = 2000)
  private String material;

  @Column(nullable = false, updatable = false)
  private boolean pretest;

  @Enumerated(EnumType.STRING)
  @Column(name = "parameter_status", nullable = false, updatable = false)
  private ParameterStatus parameterStatus = ParameterStatus.PROVISIONAL;

  @Convert(converter = NullableTextsConverter.class)
  @Column(name = "distractor_rationales", updatable = false, length = 8000)
  private List<String> distractorRationales;

  @Column(name = "difficulty_rating", updatable = false)
  private Integer difficultyRating;

  @Column(name = "calibrated_at", updatable = false)
  private Instant calibratedAt;

  @Column(name = "calibration_responses", updatable = false)
  private Integer calibrationResponses;

  @Version private long version;

  protected AssessmentItem() {}

  private AssessmentItem(
      String familyCode,
      String code,
      int contentVersion,
      ItemKind kind,
      int bankPosition,
      String stem,
      List<String> options,
      double discrimination) {
    this.familyCode = Objects.requireNonNull(familyCode, "familyCode");
    this.code = Objects.requireNonNull(code, "code");
    if (contentVersion < 1) {
      throw new IllegalArgumentException("Content versions start at 1; was " + contentVersion);
    }
    this.contentVersion = contentVersion;
    this.kind = kind;
    this.bankPosition = bankPosition;
    this.stem = Objects.requireNonNull(stem, code + ": stem");
    this.options = List.copyOf(Objects.requireNonNull(options, code + ": options"));
    if (this.options.size() < 2) {
      throw new IllegalArgumentException(code + " needs at least two options");
    }
    if (!(discrimination > 0) || !Double.isFinite(discrimination)) {
      throw new IllegalArgumentException(code + ": discrimination must be > 0");
    }
    this.discrimination = discrimination;
  }

  /**
   * A multiple-choice item with one correct option, scored under the 2PL model.
   *
   * @param correct the 0-based index of the correct option
   */
  public static AssessmentItem twoPl(
      String familyCode,
      String code,
      int contentVersion,
      int bankPosition,
      String stem,
      String codeSnippet,
      List<String> options,
      int correct,
      String explanation,
      double a,
      double b) {
    var item =
        new AssessmentItem(
            familyCode, code, contentVersion, ItemKind.TWO_PL, bankPosition, stem, options, a);
    if (correct < 0 || correct >= item.options.size()) {
      throw new IllegalArgumentException(
          code + ": the correct option " + correct + " is not one of the options");
    }
    if (!Double.isFinite(b)) {
      throw new IllegalArgumentException(code + ": difficulty must be finite");
    }
    item.codeSnippet = codeSnippet;
    item.answerKey = Integer.toString(correct);
    item.explanation = explanation;
    item.difficulty = b;
    item.scoringItem();
    return item;
  }

  /**
   * A multiple-choice item with one correct option, scored under the 3PL model.
   *
   * @param correct the 0-based index of the correct option
   * @param c the lower asymptote (pseudo-guessing), {@code 0 <= c < 1}
   */
  public static AssessmentItem threePl(
      String familyCode,
      String code,
      int contentVersion,
      int bankPosition,
      String stem,
      String codeSnippet,
      List<String> options,
      int correct,
      String explanation,
      double a,
      double b,
      double c) {
    var item =
        twoPl(
            familyCode,
            code,
            contentVersion,
            bankPosition,
            stem,
            codeSnippet,
            options,
            correct,
            explanation,
            a,
            b);
    item.guessing = c;
    item.scoringItem();
    return item;
  }

  /**
   * Sets what adaptive delivery needs (before the item is stored; content is immutable after).
   *
   * @return this item
   * @throws IllegalArgumentException if there are rationales but not one per option
   */
  public AssessmentItem describe(ItemDetails details) {
    if (id != null) {
      throw new IllegalStateException("Item " + code + " is stored: its content cannot change");
    }
    if (!details.distractorRationales().isEmpty()
        && details.distractorRationales().size() != options.size()) {
      throw new IllegalArgumentException(
          code + ": one distractor rationale per option, was " + details.distractorRationales());
    }
    this.subskill = details.subskill().isEmpty() ? null : details.subskill();
    this.pretest = details.pretest();
    this.material = details.material().orElse(null);
    this.parameterStatus = details.parameterStatus();
    this.distractorRationales =
        details.distractorRationales().isEmpty() ? null : details.distractorRationales();
    this.difficultyRating =
        details.difficultyRating().isPresent() ? details.difficultyRating().getAsInt() : null;
    return this;
  }

  /**
   * A new row with the same content and details in {@code version}, with new parameters: {@code
   * thresholds} is {b} for a right/wrong item (c is kept), the thresholds of a graded item.
   */
  public AssessmentItem reparameterised(
      int version, double a, double[] thresholds, ParameterStatus status) {
    AssessmentItem copy;
    if (kind == ItemKind.TWO_PL) {
      int correct = Integer.parseInt(answerKey);
      copy =
          guessing == null
              ? twoPl(
                  familyCode,
                  code,
                  version,
                  bankPosition,
                  stem,
                  codeSnippet,
                  options,
                  correct,
                  explanation,
                  a,
                  thresholds[0])
              : threePl(
                  familyCode,
                  code,
                  version,
                  bankPosition,
                  stem,
                  codeSnippet,
                  options,
                  correct,
                  explanation,
                  a,
                  thresholds[0],
                  guessing);
    } else {
      copy =
          gradedResponse(
              familyCode,
              code,
              version,
              bankPosition,
              scenario,
              stem,
              options,
              Arrays.stream(answerKey.split(",")).map(Integer::valueOf).toList(),
              explanation,
              a,
              thresholds);
    }
    ItemDetails mine = details();
    return copy.describe(
        new ItemDetails(
            mine.subskill(),
            mine.pretest(),
            mine.material(),
            status,
            mine.distractorRationales(),
            mine.difficultyRating()));
  }

  /**
   * The same item in a new content version with unchanged parameters, status and calibration stamp
   * (an item a calibration held as an anchor or left out).
   */
  public AssessmentItem carriedOver(int version) {
    Item params = scoringItem();
    double[] cuts = new double[params.thresholdCount()];
    for (int k = 0; k < cuts.length; k++) {
      cuts[k] = params.threshold(k);
    }
    AssessmentItem copy = reparameterised(version, params.discrimination(), cuts, parameterStatus);
    copy.calibratedAt = calibratedAt;
    copy.calibrationResponses = calibrationResponses;
    return copy;
  }

  /**
   * The same item in a new content version with parameters a calibration estimated from {@code
   * responses} responses to it: CALIBRATED, stamped with the time and the number of responses. A
   * right/wrong item takes a, b and, if {@code estimated} is a {@link ThreePlItem}, its c.
   *
   * @throws IllegalArgumentException if the estimated item's model does not fit this item's kind
   */
  public AssessmentItem calibrated(int version, Item estimated, Instant at, int responses) {
    if (responses < 1) {
      throw new IllegalArgumentException("A calibration needs at least one response");
    }
    boolean graded = estimated instanceof GradedResponseItem;
    if (graded != (kind == ItemKind.GRADED_RESPONSE)) {
      throw new IllegalArgumentException(
          code + " is a " + kind + " item; a calibration cannot give it " + estimated);
    }
    double[] cuts = new double[estimated.thresholdCount()];
    for (int k = 0; k < cuts.length; k++) {
      cuts[k] = estimated.threshold(k);
    }
    AssessmentItem copy =
        reparameterised(version, estimated.discrimination(), cuts, ParameterStatus.CALIBRATED);
    if (estimated instanceof ThreePlItem three) {
      copy.guessing = three.guessing();
    } else if (kind == ItemKind.TWO_PL) {
      copy.guessing = null;
    }
    copy.scoringItem();
    copy.calibratedAt = Objects.requireNonNull(at, "at");
    copy.calibrationResponses = responses;
    return copy;
  }

  /** When a calibration from responses estimated the parameters, if one did. */
  public Optional<Instant> calibratedAt() {
    return Optional.ofNullable(calibratedAt);
  }

  /**
   * How many responses to the item the calibration that estimated its parameters used (0: none).
   */
  public int calibrationResponses() {
    return calibrationResponses == null ? 0 : calibrationResponses;
  }

  /** The delivery details: sub-skill, pretest flag, material, parameter status, rationales. */
  public ItemDetails details() {
    return new ItemDetails(
        subskill == null ? "" : subskill,
        pretest,
        Optional.ofNullable(material),
        parameterStatus,
        distractorRationales == null ? List.of() : distractorRationales,
        difficultyRating == null ? OptionalInt.empty() : OptionalInt.of(difficultyRating));
  }

  /** The sub-skill code, empty for a bank without sub-skills. */
  public String subskill() {
    return subskill == null ? "" : subskill;
  }

  public boolean isPretest() {
    return pretest;
  }

  public ParameterStatus parameterStatus() {
    return parameterStatus;
  }

  /** The table, prompt-and-answer or summary shown preformatted with the stem, if any. */
  public Optional<String> material() {
    return Optional.ofNullable(material);
  }

  /** The 3PL guessing parameter c, if the item is scored under the 3PL model. */
  public Optional<Double> guessing() {
    return Optional.ofNullable(guessing);
  }

  /** The category of the lowest-scored option: 0 (wrong) for right/wrong items, 1 for graded. */
  public int lowestScoredResponse() {
    return scoringItem().lowestResponse();
  }

  /**
   * A scenario item whose options each earn a category, scored under the graded response model.
   *
   * @param categories the category (1..thresholds+1) of each option, in display order
   */
  public static AssessmentItem gradedResponse(
      String familyCode,
      String code,
      int contentVersion,
      int bankPosition,
      String scenario,
      String prompt,
      List<String> options,
      List<Integer> categories,
      String rationale,
      double a,
      double[] thresholds) {
    var item =
        new AssessmentItem(
            familyCode,
            code,
            contentVersion,
            ItemKind.GRADED_RESPONSE,
            bankPosition,
            prompt,
            options,
            a);
    if (categories.size() != item.options.size()) {
      throw new IllegalArgumentException(code + ": every option needs exactly one category");
    }
    for (int category : categories) {
      if (category < 1 || category > thresholds.length + 1) {
        throw new IllegalArgumentException(
            code + ": category " + category + " is outside 1.." + (thresholds.length + 1));
      }
    }
    item.scenario = scenario;
    item.answerKey = categories.stream().map(String::valueOf).collect(Collectors.joining(","));
    item.explanation = rationale;
    item.thresholds =
        Arrays.stream(thresholds).mapToObj(Double::toString).collect(Collectors.joining(","));
    item.scoringItem();
    return item;
  }

  /** The item as the scoring module knows it; its id is the item code. */
  public Item scoringItem() {
    return switch (kind) {
      case TWO_PL ->
          guessing == null
              ? TwoPlItem.of(code, discrimination, difficulty)
              : ThreePlItem.of(code, discrimination, difficulty, guessing);
      case GRADED_RESPONSE ->
          GradedResponseItem.of(
              code,
              discrimination,
              Arrays.stream(thresholds.split(",")).mapToDouble(Double::parseDouble).toArray());
    };
  }

  /**
   * What the IRT model sees for the candidate's choice of option {@code optionIndex}: 1 if correct
   * and 0 if not for a 2PL item; the option's category for a graded-response item.
   */
  public int scoredResponse(int optionIndex) {
    requireOption(optionIndex);
    String[] key = answerKey.split(",");
    return switch (kind) {
      case TWO_PL -> Integer.parseInt(key[0]) == optionIndex ? 1 : 0;
      case GRADED_RESPONSE -> Integer.parseInt(key[optionIndex]);
    };
  }

  /**
   * Throws {@link IllegalArgumentException} unless {@code optionIndex} names one of the options.
   */
  public void requireOption(int optionIndex) {
    if (optionIndex < 0 || optionIndex >= options.size()) {
      throw new IllegalArgumentException(
          "Response "
              + optionIndex
              + " is not one of the "
              + options.size()
              + " options of item "
              + code
              + " (0.."
              + (options.size() - 1)
              + ")");
    }
  }

  /** Takes the item out of new attempts; attempts already started keep it. */
  public void retire() {
    this.retired = true;
  }

  public Long id() {
    return id;
  }

  public String familyCode() {
    return familyCode;
  }

  public String code() {
    return code;
  }

  public int contentVersion() {
    return contentVersion;
  }

  public ItemKind kind() {
    return kind;
  }

  public int bankPosition() {
    return bankPosition;
  }

  /** The question (2PL) or the prompt under the scenario (graded response). */
  public String stem() {
    return stem;
  }

  public String scenario() {
    return scenario;
  }

  public String codeSnippet() {
    return codeSnippet;
  }

  /** The option texts in display order. */
  public List<String> options() {
    return options;
  }

  /** Why the key is what it is; for reviewers and feedback, never shown during an attempt. */
  public String explanation() {
    return explanation;
  }

  public double discrimination() {
    return discrimination;
  }

  public boolean isRetired() {
    return retired;
  }

  public long version() {
    return version;
  }
}
