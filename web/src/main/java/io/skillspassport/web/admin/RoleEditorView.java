package io.skillspassport.web.admin;

import io.skillspassport.assessments.boundary.AssessmentFamilies;
import io.skillspassport.platform.boundary.Conflict;
import io.skillspassport.platform.boundary.NotFound;
import io.skillspassport.platform.boundary.Rejected;
import io.skillspassport.roles.boundary.RoleAdministration;
import io.skillspassport.roles.boundary.RoleContent;
import io.skillspassport.roles.boundary.RoleDraft;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.omnifaces.util.Faces;

/**
 * Backs {@code admin/role-editor.xhtml?slug=}: every section of a role's draft in one form (a
 * {@link RoleForm}), saved as a whole with the draft's lock version. When someone else saved or
 * published in between, the save is refused, the form keeps what this editor typed and a Reload
 * button fetches the other version.
 */
@Named
@ViewScoped
public class RoleEditorView implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);

  @Inject RoleAdministration roles;

  @Inject AssessmentFamilies families;

  private String slug;
  private int number;
  private long version;
  private RoleForm form;
  private List<String> problemList = new ArrayList<>();
  private String conflict;

  /** Loads the draft named by the {@code slug} view parameter; answers 404 for an unknown role. */
  public void load() {
    if (slug == null) {
      throw new NotFound("No role given");
    }
    show(roles.draft(slug));
  }

  /** Saves the form into the draft. */
  public void save() {
    if (store()) {
      info(bundle().getString("editor.saved").formatted(number));
    }
  }

  /** Saves the form, then publishes the draft and shows the version list. */
  public void publish() throws IOException {
    if (!store()) {
      return;
    }
    try {
      int published = roles.publish(slug, version);
      Faces.redirect("admin/role-versions?slug=%s&published=%s", slug, published);
    } catch (Conflict e) {
      conflict(e);
    } catch (Rejected e) {
      rejected(e, "editor.incomplete");
    }
  }

  /**
   * Drops this editor's changes and opens the draft as it now stands, in a fresh view so that no
   * submitted value of this form lingers.
   */
  public void reload() throws IOException {
    Faces.redirect("admin/role-editor?slug=%s", slug);
  }

  private boolean store() {
    form.clearProblems();
    problemList = new ArrayList<>();
    conflict = null;
    try {
      show(roles.saveDraft(slug, version, form.toContent()));
      return true;
    } catch (Conflict e) {
      conflict(e);
    } catch (Rejected e) {
      rejected(e, "editor.rejected");
    }
    return false;
  }

  private void conflict(Conflict e) {
    conflict =
        bundle()
            .getString("editor.conflict")
            .formatted(
                e.changedBy().orElse("someone else"), e.changedAt().map(WHEN::format).orElse(""));
    FacesContext.getCurrentInstance()
        .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, conflict, null));
  }

  private void rejected(Rejected e, String key) {
    problemList = e.problems().stream().map(p -> p.field() + ": " + p.message()).toList();
    form.showProblems(e.problems());
    FacesContext.getCurrentInstance()
        .addMessage(
            null, new FacesMessage(FacesMessage.SEVERITY_ERROR, bundle().getString(key), null));
  }

  private void info(String text) {
    FacesContext.getCurrentInstance()
        .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
  }

  /**
   * The accessible name of a row's ↑, ↓ or Remove button, e.g. "Move up: Pitfalls, row 2": a screen
   * reader lists a dozen "Move up" buttons otherwise, with nothing telling them apart.
   *
   * @param action the message key of the button's own text ({@code editor.up}, …)
   * @param list the list section ({@code activities}, …; {@code presets} for the weight presets)
   * @param index the row's 0-based position
   */
  public String rowAction(String action, String list, int index) {
    ResourceBundle texts = bundle();
    return MessageFormat.format(
        texts.getString("editor.rowAction"),
        texts.getString(action),
        texts.getString("editor.list." + list),
        index + 1);
  }

  /** A message with one argument, for labels such as "Relevance of Statistics". */
  public String label(String key, String argument) {
    return MessageFormat.format(bundle().getString(key), argument);
  }

  private ResourceBundle bundle() {
    FacesContext faces = FacesContext.getCurrentInstance();
    return faces.getApplication().getResourceBundle(faces, "adminMsg");
  }

  private void show(RoleDraft draft) {
    number = draft.number();
    version = draft.version();
    RoleContent content = draft.content();
    form = RoleForm.of(content, families.familyCatalogue().names());
    problemList = new ArrayList<>();
    conflict = null;
  }

  /** A display time for the draft's creation. */
  public String when(Instant instant) {
    return instant == null ? "" : WHEN.format(instant);
  }

  public String getSlug() {
    return slug;
  }

  public void setSlug(String slug) {
    this.slug = slug;
  }

  public int getNumber() {
    return number;
  }

  public long getVersion() {
    return version;
  }

  /** The draft as the form edits it. */
  public RoleForm getForm() {
    return form;
  }

  /** The assessment families as select options: name → code. */
  public Map<String, String> getFamilyOptions() {
    return form.getFamilyOptions();
  }

  /** Every problem of the last save as "field: message", shown above the form. */
  public List<String> getProblemList() {
    return problemList;
  }

  /** The conflict message of the last save, null when there was none. */
  public String getConflict() {
    return conflict;
  }
}
