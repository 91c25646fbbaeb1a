package io.skillspassport.web.candidate;

import io.skillspassport.imports.boundary.CandidateImports;
import io.skillspassport.imports.boundary.ImportedResults;
import io.skillspassport.imports.boundary.PendingImport;
import io.skillspassport.platform.boundary.AccessDenied;
import io.skillspassport.platform.boundary.Rejected;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * Backs the engines section of {@code candidate/passport.xhtml} (an include of its own): the
 * candidate's engine code and the engine results waiting for a decision (accept, decline). The
 * results an admin withdrew, shown in the same section, come with the passport ({@link
 * PassportView#getWithdrawn()}).
 *
 * <p>Request-scoped, like the page, which keeps no state: each pending result has a form of its own
 * that posts the result's id, and the decision is about that id, checked by the boundary (the
 * caller's own, still pending). Nothing is written to the session when the dashboard is shown, so a
 * replicated session costs nothing per visit (issue 13).
 */
@Named
@RequestScoped
public class PassportImportsView {

  /** The request parameter each pending result's form posts: the result's id. */
  static final String IMPORT_PARAMETER = "import";

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH).withZone(ZoneOffset.UTC);

  @Inject ImportedResults imports;

  private String engineCode;
  private List<PendingImport> pending = List.of();

  @PostConstruct
  void load() {
    CandidateImports mine = imports.candidateImports();
    engineCode = mine.engineCode();
    pending = mine.pending();
  }

  public String accept() {
    return decide(true);
  }

  public String decline() {
    return decide(false);
  }

  private String decide(boolean accept) {
    FacesContext faces = FacesContext.getCurrentInstance();
    try {
      long id = postedId(faces);
      if (accept) {
        imports.accept(id);
      } else {
        imports.decline(id);
      }
    } catch (AccessDenied | Rejected e) {
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

  /** The id the pressed button's form posted; refused in words when it is missing or no number. */
  private static long postedId(FacesContext faces) {
    String sent = faces.getExternalContext().getRequestParameterMap().get(IMPORT_PARAMETER);
    try {
      return Long.parseLong(sent == null ? "" : sent.strip());
    } catch (NumberFormatException e) {
      throw new Rejected(
          "The decision does not name an engine result: reload the page and press Accept or"
              + " Decline again");
    }
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
}
