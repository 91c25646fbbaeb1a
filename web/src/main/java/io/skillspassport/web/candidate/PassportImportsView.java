package io.skillspassport.web.candidate;

import io.skillspassport.imports.boundary.ImportedResults;
import io.skillspassport.imports.boundary.PendingImport;
import io.skillspassport.passports.boundary.Passports;
import io.skillspassport.passports.boundary.WithdrawnResult;
import io.skillspassport.platform.boundary.AccessDenied;
import jakarta.annotation.PostConstruct;
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
 * Backs the engines section of {@code candidate/passport.xhtml} (an include of its own): the
 * candidate's engine code, the engine results waiting for a decision (accept, decline) and the
 * results an admin withdrew, with the reason. View-scoped, so the pending list a button belongs to
 * is still there when it is pressed.
 */
@Named
@ViewScoped
public class PassportImportsView implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH).withZone(ZoneOffset.UTC);

  @Inject ImportedResults imports;

  @Inject Passports passports;

  private String engineCode;
  private List<PendingImport> pending = new ArrayList<>();
  private List<WithdrawnResult> withdrawn = new ArrayList<>();

  @PostConstruct
  void load() {
    engineCode = imports.engineCode();
    pending = new ArrayList<>(imports.pending());
    withdrawn = new ArrayList<>(passports.withdrawals());
  }

  public String accept(long id) {
    return decide(id, true);
  }

  public String decline(long id) {
    return decide(id, false);
  }

  private String decide(long id, boolean accept) {
    FacesContext faces = FacesContext.getCurrentInstance();
    try {
      if (accept) {
        imports.accept(id);
      } else {
        imports.decline(id);
      }
    } catch (AccessDenied e) {
      faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
      load();
      return null;
    }
    faces.getExternalContext().getFlash().setKeepMessages(true);
    faces.addMessage(
        null,
        new FacesMessage(
            FacesMessage.SEVERITY_INFO,
            faces
                .getApplication()
                .getResourceBundle(faces, "candidateMsg")
                .getString(accept ? "imports.accepted" : "imports.declined"),
            null));
    // A fresh page: the passport above shows the accepted score at once.
    return "/candidate/passport.xhtml?faces-redirect=true";
  }

  public String day(Instant instant) {
    return DAY.format(instant);
  }

  public String number(double value) {
    return value == Math.rint(value) && Math.abs(value) < 1e9
        ? Long.toString((long) value)
        : String.format(Locale.ROOT, "%.1f", value);
  }

  public String getEngineCode() {
    return engineCode;
  }

  public List<PendingImport> getPending() {
    return pending;
  }

  public List<WithdrawnResult> getWithdrawn() {
    return withdrawn;
  }
}
