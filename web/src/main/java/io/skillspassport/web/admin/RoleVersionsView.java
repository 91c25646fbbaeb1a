package io.skillspassport.web.admin;

import io.skillspassport.roles.boundary.RoleAdministration;
import io.skillspassport.roles.boundary.RoleVersionInfo;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * Backs {@code admin/role-versions.xhtml?slug=}: every version of a role, who created and published
 * it and when, how its weights and its whole content differ from the version before, and a way to
 * restore a published version as the content of a new draft (confirmed on a second request).
 */
@Named
@RequestScoped
public class RoleVersionsView {

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);

  @Inject RoleAdministration roles;

  @Inject FacesContext faces;

  private String slug;
  private Integer published;
  private Integer restore;
  private List<RoleVersionInfo> versions;

  /** Loads the versions of the role named by {@code slug}; answers 404 for an unknown role. */
  public void load() {
    versions = roles.versions(slug);
  }

  /**
   * The status shown for a version: the newest published version is the one the public page shows
   * ("Published"); an older published version has been replaced by it ("Superseded"); the rest are
   * drafts. The answer is the suffix of an {@code adminMsg} key {@code versions.status…}.
   */
  public String status(RoleVersionInfo version) {
    return status(version, versions);
  }

  static String status(RoleVersionInfo version, List<RoleVersionInfo> all) {
    if (!version.published()) {
      return "Draft";
    }
    int newestPublished =
        all.stream()
            .filter(RoleVersionInfo::published)
            .mapToInt(RoleVersionInfo::number)
            .max()
            .orElse(version.number());
    return version.number() >= newestPublished ? "Published" : "Superseded";
  }

  /**
   * Restores the version named by {@code ?restore=} into the role's draft (after the admin
   * confirmed it on this page) and opens the editor on it.
   */
  public String restoreVersion() {
    roles.restore(slug, restore);
    return "/admin/role-editor?faces-redirect=true&slug=" + slug;
  }

  /** The version the admin asked to restore, awaiting confirmation. */
  public Integer getRestore() {
    return restore;
  }

  public void setRestore(Integer restore) {
    this.restore = restore;
  }

  public String when(Instant instant) {
    return instant == null ? "" : WHEN.format(instant);
  }

  public List<RoleVersionInfo> getVersions() {
    return versions;
  }

  public String getSlug() {
    return slug;
  }

  public void setSlug(String slug) {
    this.slug = slug;
  }

  /** The version just published, when the editor sent the admin here after publishing. */
  public Integer getPublished() {
    return published;
  }

  public void setPublished(Integer published) {
    this.published = published;
  }
}
