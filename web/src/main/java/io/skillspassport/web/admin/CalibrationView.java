package io.skillspassport.web.admin;

import io.skillspassport.assessments.boundary.AssessmentFamilies;
import io.skillspassport.assessments.boundary.BankStatistics;
import io.skillspassport.assessments.boundary.CalibrationPreview;
import io.skillspassport.assessments.boundary.FamilyAdminSummary;
import io.skillspassport.assessments.boundary.ItemCalibration;
import io.skillspassport.assessments.boundary.ItemStatistic;
import io.skillspassport.assessments.boundary.RecoveryCheck;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.omnifaces.util.Messages;

/**
 * Backs {@code admin/calibration.xhtml?family=}: the item statistics of a family's active bank, the
 * Calibrate action (a preview of the fixed-parameter calibration, published as a new bank version
 * only when the admin confirms it in a second POST) and the seeded recovery check.
 */
@Named
@ViewScoped
public class CalibrationView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject AssessmentFamilies families;

  @Inject ItemCalibration calibration;

  private String family;
  private List<FamilyAdminSummary> familyList = new ArrayList<>();
  private BankStatistics statistics;
  private CalibrationPreview preview;
  private RecoveryCheck recovery;
  private int candidates = 2400;
  private long seed = 20261130L;

  /** Loads the families and the statistics of the chosen one (else the first). */
  public void load() {
    familyList = new ArrayList<>(families.administration());
    if (familyList.stream().noneMatch(f -> f.code().equals(family))) {
      family = familyList.isEmpty() ? null : familyList.get(0).code();
    }
    statistics = family == null ? null : calibration.statistics(family);
  }

  /** Runs the calibration and shows what it would publish. */
  public void calibrate() {
    preview = null;
    preview = calibration.preview(family);
  }

  /** Publishes the previewed calibration as a new bank version. */
  public void publish() {
    if (preview == null) {
      Messages.addGlobalError(text("calibration.noPreview"));
      return;
    }
    int version = calibration.publish(family, preview.activeVersion(), preview.responses());
    preview = null;
    statistics = calibration.statistics(family);
    Messages.addGlobalInfo(text("calibration.published").formatted(version));
  }

  /** Runs the seeded recovery check (stores nothing). */
  public void simulate() {
    recovery = null;
    recovery = calibration.recovery(family, candidates, seed);
  }

  /** The paragraph above the statistics. */
  public String getIntroText() {
    return text("calibration.intro")
        .formatted(
            statistics.activeVersion(), statistics.finishedAttempts(), statistics.minResponses());
  }

  /** Operational or pretest, and whether a pretest item has enough responses. */
  public String roleText(ItemStatistic item) {
    if (!item.pretest()) {
      return text("calibration.operational");
    }
    return text("calibration.pretest")
        + " — "
        + (item.enoughForCalibration()
            ? text("calibration.ready")
            : text("calibration.needs").formatted(statistics.minResponses()));
  }

  /** Provisional, or calibrated with the date and number of responses. */
  public String statusText(ItemStatistic item) {
    if ("CALIBRATED".equals(item.parameterStatus()) && item.calibrationResponses() > 0) {
      return text("calibration.calibrated")
          .formatted(item.calibratedOn(), item.calibrationResponses());
    }
    return "CALIBRATED".equals(item.parameterStatus())
        ? item.parameterStatus()
        : text("calibration.provisional");
  }

  /** Model, data and latent distribution of a calibration. */
  public String describe(CalibrationPreview p) {
    return text("calibration.previewIntro")
        .formatted(p.model(), p.attempts(), p.responses(), p.anchors(), p.latentText());
  }

  /** The pretest items a preview left out. */
  public String getTooFewText() {
    return text("calibration.tooFew").formatted(String.join(", ", preview.tooFew()));
  }

  /** N, seed and the RMSEs of the recovery check. */
  public String getRecoveryText() {
    return text("calibration.recoverySummary")
        .formatted(recovery.candidates(), recovery.seed(), recovery.summary());
  }

  private static String text(String key) {
    FacesContext faces = FacesContext.getCurrentInstance();
    return faces.getApplication().getResourceBundle(faces, "adminMsg").getString(key);
  }

  public String getFamily() {
    return family;
  }

  public void setFamily(String family) {
    this.family = family;
  }

  public List<FamilyAdminSummary> getFamilies() {
    return familyList;
  }

  public boolean isHasStatistics() {
    return statistics != null;
  }

  public BankStatistics getStats() {
    return statistics;
  }

  public boolean isHasPreview() {
    return preview != null;
  }

  public CalibrationPreview getPreview() {
    return preview;
  }

  public boolean isHasRecovery() {
    return recovery != null;
  }

  public RecoveryCheck getRecovery() {
    return recovery;
  }

  public int getCandidates() {
    return candidates;
  }

  public void setCandidates(int candidates) {
    this.candidates = candidates;
  }

  public long getSeed() {
    return seed;
  }

  public void setSeed(long seed) {
    this.seed = seed;
  }
}
