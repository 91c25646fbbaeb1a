package io.skillspassport.web.admin;

import java.io.Serializable;

/**
 * One editable row of a list section in the role editor. Each list uses the fields it needs:
 * activities, extra skills, compensation references and pitfalls a title and description; adjacent
 * roles add a slug; skills a family; supplemental exercises a kind; ladder levels a stage; sources
 * a citation (title) and url.
 */
public class EditableRow implements Serializable {

  private static final long serialVersionUID = 1L;

  private String title;
  private String description;
  private String slug;
  private String family;
  private String kind;
  private String stage;
  private String url;

  /** Whether nothing was entered, so the row is left out when saving. */
  boolean isBlank() {
    return blank(title)
        && blank(description)
        && blank(slug)
        && blank(family)
        && blank(kind)
        && blank(stage)
        && blank(url);
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  static String text(String s) {
    return s == null ? "" : s.strip();
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public String getSlug() {
    return slug;
  }

  public void setSlug(String slug) {
    this.slug = slug;
  }

  public String getFamily() {
    return family;
  }

  public void setFamily(String family) {
    this.family = family;
  }

  public String getKind() {
    return kind;
  }

  public void setKind(String kind) {
    this.kind = kind;
  }

  public String getStage() {
    return stage;
  }

  public void setStage(String stage) {
    this.stage = stage;
  }

  public String getUrl() {
    return url;
  }

  public void setUrl(String url) {
    this.url = url;
  }
}
