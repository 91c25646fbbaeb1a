package io.skillspassport.bundles.entity;

import io.skillspassport.platform.boundary.Rejected;
import io.skillspassport.scoring.scale.ReportingScale;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;

/**
 * One assessment family in a bundle version: whether it counts, its weight (0–1 in steps of 0.05)
 * and an optional minimum score on the 300–850 scale (a must-have).
 */
@Embeddable
public class BundleFamily {

  /** The step employers move a weight by. */
  public static final BigDecimal STEP = new BigDecimal("0.05");

  @Column(name = "family_code", nullable = false, updatable = false)
  private String familyCode;

  @Column(nullable = false, updatable = false)
  private boolean included;

  @Column(nullable = false, updatable = false, precision = 3, scale = 2)
  private BigDecimal weight;

  @Column(name = "minimum_score", updatable = false)
  private Integer minimum;

  protected BundleFamily() {}

  /**
   * @throws Rejected naming the field and the value when the weight or minimum is out of range
   */
  public BundleFamily(String familyCode, boolean included, BigDecimal weight, Integer minimum) {
    this.familyCode = Objects.requireNonNull(familyCode, "familyCode");
    this.included = included;
    this.weight = requireWeight(familyCode, weight);
    ReportingScale scale = ReportingScale.standard();
    if (minimum != null && !scale.contains(minimum)) {
      throw new Rejected(
          "minimum:" + familyCode,
          "The minimum of "
              + familyCode
              + " must lie on the "
              + scale.minimum()
              + "–"
              + scale.maximum()
              + " scale, was "
              + minimum);
    }
    this.minimum = minimum;
  }

  private static BigDecimal requireWeight(String familyCode, BigDecimal weight) {
    if (weight == null) {
      throw new Rejected("weight:" + familyCode, "The weight of " + familyCode + " is missing");
    }
    boolean inRange = weight.signum() >= 0 && weight.compareTo(BigDecimal.ONE) <= 0;
    if (!inRange || weight.remainder(STEP).signum() != 0) {
      throw new Rejected(
          "weight:" + familyCode,
          "The weight of "
              + familyCode
              + " must lie between 0 and 1 in steps of 0.05, was "
              + weight.toPlainString());
    }
    return weight.setScale(2, RoundingMode.UNNECESSARY);
  }

  public String familyCode() {
    return familyCode;
  }

  public boolean included() {
    return included;
  }

  public BigDecimal weight() {
    return weight;
  }

  public Optional<Integer> minimum() {
    return Optional.ofNullable(minimum);
  }

  /** Whether the family counts in the composite. */
  public boolean counts() {
    return included && weight.signum() > 0;
  }
}
