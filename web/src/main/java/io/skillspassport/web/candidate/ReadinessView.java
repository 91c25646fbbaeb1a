package io.skillspassport.web.candidate;

import io.skillspassport.passports.boundary.Passports;
import io.skillspassport.passports.boundary.RoleReadinessDetail;
import io.skillspassport.platform.boundary.NotFound;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Backs {@code candidate/readiness.xhtml?role=slug}: the caller's readiness for one role, the gap
 * analysis as a table, and what would move the needle in plain sentences. An unknown or unpublished
 * role answers 404.
 */
@Named
@RequestScoped
public class ReadinessView {

  @Inject Passports passports;

  @Inject FacesContext faces;

  private String role;
  private RoleReadinessDetail detail;
  private List<GapSentences.Sentence> sentences = List.of();

  public void load() throws java.io.IOException {
    detail =
        passports
            .roleDetail(role)
            .orElseThrow(() -> new NotFound("No published role '" + role + "'"));
    ResourceBundle texts = faces.getApplication().getResourceBundle(faces, "candidateMsg");
    sentences =
        detail
            .readiness()
            .composite()
            .map(c -> GapSentences.of(detail.gaps(), c.sem(), texts))
            .orElse(List.of());
  }

  public String getRole() {
    return role;
  }

  public void setRole(String role) {
    this.role = role;
  }

  public RoleReadinessDetail getDetail() {
    return detail;
  }

  public List<GapSentences.Sentence> getSentences() {
    return sentences;
  }

  /** Whole points, as scores and bands are shown everywhere. */
  public String whole(double value) {
    return Formats.whole(value);
  }

  public String oneDecimal(double value) {
    return Formats.oneDecimal(value);
  }

  public String twoDecimals(double value) {
    return String.format(Locale.ROOT, "%.2f", value);
  }

  public String percent(double probability) {
    return Formats.percent(probability);
  }

  /** A normalised weight as a share of the composite, e.g. "18%". */
  public String share(double weight) {
    return Math.round(weight * 100) + "%";
  }

  /** dP per point as percentage points, e.g. "0.42". */
  public String percentPoints(double perPoint) {
    return String.format(Locale.ROOT, "%.2f", perPoint * 100);
  }

  public String verdictClass() {
    return detail.readiness().verdict().name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
