package io.skillspassport.roles.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * The published relevance of one assessment family for a role, with the reason for it. Relevance is
 * a weight in [0, 1] with two decimals; readiness normalises the weights, so only their ratios
 * matter.
 */
@Embeddable
public class RoleWeight {

  @Column(name = "family_code", nullable = false)
  private String familyCode;

  @Column(nullable = false, precision = 3, scale = 2)
  private BigDecimal relevance;

  @Column(nullable = false, length = 4000)
  private String rationale;

  protected RoleWeight() {}

  public RoleWeight(String familyCode, BigDecimal relevance, String rationale) {
    this.familyCode = Objects.requireNonNull(familyCode, "familyCode");
    this.relevance = requireRelevance(familyCode, relevance);
    this.rationale = Objects.requireNonNull(rationale, "rationale");
  }

  /**
   * Checks that a relevance lies in [0, 1] and has at most two decimals.
   *
   * @throws IllegalArgumentException naming the family and the value otherwise
   */
  public static BigDecimal requireRelevance(String familyCode, BigDecimal relevance) {
    Objects.requireNonNull(relevance, () -> "relevance of " + familyCode);
    if (relevance.signum() < 0 || relevance.compareTo(BigDecimal.ONE) > 0) {
      throw new IllegalArgumentException(
          "Relevance of "
              + familyCode
              + " must be between 0 and 1, was "
              + relevance.toPlainString());
    }
    try {
      return relevance.setScale(2, RoundingMode.UNNECESSARY);
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException(
          "Relevance of "
              + familyCode
              + " has at most two decimals, was "
              + relevance.toPlainString(),
          e);
    }
  }

  public String familyCode() {
    return familyCode;
  }

  public BigDecimal relevance() {
    return relevance;
  }

  public String rationale() {
    return rationale;
  }
}
