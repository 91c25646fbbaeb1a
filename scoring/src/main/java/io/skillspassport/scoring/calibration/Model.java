package io.skillspassport.scoring.calibration;

import java.util.Locale;

/**
 * The item model a calibration estimates. Dichotomous models take responses 0/1, the graded
 * response model responses 1..K+1 (K+1 = the highest category observed for the item).
 */
public enum Model {
  /**
   * {@code P = σ(θ − b)}: a = 1 for every item, θ ~ N(0,1) (ltm's {@code rasch(constraint a=1)}).
   */
  RASCH("rasch"),
  /** {@code P = σ(a(θ − b))} with one slope a common to all items, θ ~ N(0,1). */
  ONE_PL("1pl"),
  /** {@code P = σ(a_i(θ − b_i))}. */
  TWO_PL("2pl"),
  /** {@code P = c_i + (1 − c_i)σ(a_i(θ − b_i))} with a Beta prior on c (see {@link Calibrator}). */
  THREE_PL("3pl"),
  /** Samejima's graded response model, {@code P(X ≥ k+1) = σ(a_i(θ − b_ik))}. */
  GRM("grm");

  private final String label;

  Model(String label) {
    this.label = label;
  }

  /**
   * The command-line name.
   *
   * @return {@code rasch}, {@code 1pl}, {@code 2pl}, {@code 3pl} or {@code grm}
   */
  public String label() {
    return label;
  }

  /**
   * Whether responses are 0/1.
   *
   * @return true for every model but {@link #GRM}
   */
  public boolean isDichotomous() {
    return this != GRM;
  }

  /**
   * The model of a command-line name.
   *
   * @param label {@code rasch}, {@code 1pl}, {@code 2pl}, {@code 3pl} or {@code grm} (any case)
   * @return the model
   * @throws IllegalArgumentException naming the label if it is none of these
   */
  public static Model ofLabel(String label) {
    String l = label == null ? "" : label.toLowerCase(Locale.ROOT);
    for (Model m : values()) {
      if (m.label.equals(l)) {
        return m;
      }
    }
    throw new IllegalArgumentException(
        "unknown model '" + label + "'; expected rasch, 1pl, 2pl, 3pl or grm");
  }
}
