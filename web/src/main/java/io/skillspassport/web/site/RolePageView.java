package io.skillspassport.web.site;

import io.skillspassport.platform.boundary.NotFound;
import io.skillspassport.roles.boundary.RolePage;
import io.skillspassport.roles.boundary.Roles;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.text.MessageFormat;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Backs {@code role.xhtml}: one published role with every section, or the 404 page. */
@Named
@RequestScoped
public class RolePageView extends RolePageFigures {

  @Inject Roles roles;

  @Inject FacesContext faces;

  private String slug;
  private RolePage page;

  /** Loads the role named by the {@code slug} view parameter; answers 404 when there is none. */
  public void load() {
    page = roles.page(slug).orElseThrow(() -> new NotFound("No published role is called " + slug));
  }

  public String getSlug() {
    return slug;
  }

  public void setSlug(String slug) {
    this.slug = slug;
  }

  @Override
  public RolePage getPage() {
    return page;
  }

  /** The page's meta description, naming the role; the site's own when no role was found. */
  public String getDescription() {
    var texts = faces.getApplication().getResourceBundle(faces, "msg");
    return page == null
        ? texts.getString("meta.site")
        : new MessageFormat(texts.getString("meta.role"), Locale.ROOT)
            .format(new Object[] {page.title()});
  }

  /** The publication date of the version shown, such as 27 Nov 2026 (UTC). */
  public String getPublishedOn() {
    return DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK)
        .withZone(ZoneOffset.UTC)
        .format(page.publishedAt());
  }
}
