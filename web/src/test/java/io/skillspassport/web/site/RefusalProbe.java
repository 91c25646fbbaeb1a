package io.skillspassport.web.site;

import io.skillspassport.platform.boundary.AccessDenied;
import io.skillspassport.platform.boundary.Conflict;
import io.skillspassport.platform.boundary.NotFound;
import io.skillspassport.platform.boundary.Problem;
import io.skillspassport.platform.boundary.Rejected;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;

/**
 * Test-only backing bean of {@code refusals.xhtml}: each action throws one of the boundaries'
 * refusals, or an unexpected exception, exactly as a boundary would, so that {@link RefusalsIT} can
 * check what {@link RefusalHandler} makes of it. The texts are distinctive so that a test can tell
 * whether an exception's text leaked into a page.
 */
@Named
@RequestScoped
public class RefusalProbe {

  /** The first problem of {@link #reject()}, shown to the user. */
  static final String BLANK_NAME = "A bundle needs a name";

  /** The second problem of {@link #reject()}, shown to the user. */
  static final String THRESHOLD = "The threshold must lie on the 300-850 scale, was 900";

  /** The sentence of {@link #conflict()}, shown to the user on a form. */
  static final String CHANGED = "Ada saved version 3 of this bundle after you opened it";

  /** Text of exceptions no page may show. */
  static final String INTERNAL = "internal-detail-7f3a";

  private String id;
  private String loaded = "";

  /** The page's view action: {@code ?id=} picks a refusal, none loads the page. */
  public void load() {
    if (id == null) {
      loaded = "loaded";
      return;
    }
    switch (id) {
      case "unknown" -> throw new NotFound("No record " + INTERNAL);
      case "changed" -> throw new Conflict(CHANGED + " " + INTERNAL);
      case "malformed" -> throw new Rejected("id", "Not an id " + INTERNAL);
      case "denied" -> throw new AccessDenied("Not yours " + INTERNAL);
      default -> throw new IllegalStateException("Unexpected " + INTERNAL);
    }
  }

  public String reject() {
    throw new Rejected(
        List.of(new Problem("name", BLANK_NAME), new Problem("threshold", THRESHOLD)));
  }

  public String conflict() {
    throw new Conflict(CHANGED);
  }

  public String missing() {
    throw new NotFound("No record " + INTERNAL);
  }

  public String deny() {
    throw new AccessDenied("Not yours " + INTERNAL);
  }

  public String fail() {
    throw new IllegalStateException("Row 7 violates constraint " + INTERNAL);
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public String getLoaded() {
    return loaded;
  }
}
