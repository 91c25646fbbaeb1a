package io.skillspassport.web.admin;

import io.skillspassport.passports.boundary.AdminResultLine;
import io.skillspassport.passports.boundary.ResultWithdrawals;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Backs {@code admin/results.xhtml}: a candidate's stored results and the withdrawal of one, with
 * the reason the candidate will read.
 */
@Named
@ViewScoped
public class ResultsView implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);

  @Inject ResultWithdrawals withdrawals;

  private String candidate;
  private String reason;
  private Long resultId;
  private List<AdminResultLine> lines = new ArrayList<>();

  /** Loads the candidate's results when the page opens. */
  public void load() {
    lines = new ArrayList<>(withdrawals.resultsOf(candidate));
  }

  public void withdraw() {
    if (resultId == null) {
      FacesContext.getCurrentInstance()
          .addMessage(
              null,
              new FacesMessage(FacesMessage.SEVERITY_ERROR, "Choose the result to withdraw", null));
      return;
    }
    withdrawals.withdraw(resultId, reason);
    reason = null;
    load();
    FacesContext.getCurrentInstance()
        .addMessage(
            null,
            new FacesMessage(
                FacesMessage.SEVERITY_INFO,
                text("results.withdrawnMessage").formatted(resultId),
                null));
  }

  public String sem(AdminResultLine line) {
    return String.format(Locale.ROOT, "%.1f", line.sem());
  }

  public String when(Instant instant) {
    return WHEN.format(instant);
  }

  /** "Withdrawn <when>: <reason>" for a withdrawn line. */
  public String withdrawal(AdminResultLine line) {
    return line.withdrawal()
        .map(w -> text("results.withdrawn").formatted(WHEN.format(w.withdrawnAt()), w.reason()))
        .orElse("");
  }

  private static String text(String key) {
    FacesContext faces = FacesContext.getCurrentInstance();
    return faces.getApplication().getResourceBundle(faces, "adminMsg").getString(key);
  }

  /** The results that can still be withdrawn. */
  public List<AdminResultLine> getWithdrawable() {
    return lines.stream().filter(l -> l.withdrawal().isEmpty()).toList();
  }

  public Long getResultId() {
    return resultId;
  }

  public void setResultId(Long resultId) {
    this.resultId = resultId;
  }

  public List<AdminResultLine> getLines() {
    return lines;
  }

  public String getCandidate() {
    return candidate;
  }

  public void setCandidate(String candidate) {
    this.candidate = candidate;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
