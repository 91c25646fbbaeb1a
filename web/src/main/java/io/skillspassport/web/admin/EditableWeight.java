package io.skillspassport.web.admin;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * One family's weight in the role editor, of the published weights or of a preset. A family whose
 * relevance is left empty is not weighted.
 */
public class EditableWeight implements Serializable {

  private static final long serialVersionUID = 1L;

  private final String familyCode;
  private final String familyName;
  private BigDecimal relevance;
  private String rationale;
  private String problem;

  EditableWeight(String familyCode, String familyName, BigDecimal relevance, String rationale) {
    this.familyCode = familyCode;
    this.familyName = familyName;
    this.relevance = relevance;
    this.rationale = rationale;
  }

  public String getFamilyCode() {
    return familyCode;
  }

  public String getFamilyName() {
    return familyName;
  }

  public BigDecimal getRelevance() {
    return relevance;
  }

  public void setRelevance(BigDecimal relevance) {
    this.relevance = relevance;
  }

  public String getRationale() {
    return rationale;
  }

  public void setRationale(String rationale) {
    this.rationale = rationale;
  }

  /** The problem the last save found with this entry, null when there was none. */
  public String getProblem() {
    return problem;
  }

  void setProblem(String problem) {
    this.problem = problem;
  }
}
