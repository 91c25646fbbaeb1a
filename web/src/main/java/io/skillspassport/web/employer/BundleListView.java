package io.skillspassport.web.employer;

import io.skillspassport.platform.boundary.Caller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Backs {@code employer/bundles.xhtml}: the organisation's assessment bundles. */
@Named
@RequestScoped
public class BundleListView {

  @Inject Caller caller;

  /** The employer's organisation, or an empty string when the account has none yet. */
  public String getOrganisation() {
    return caller.organisation().orElse("");
  }
}
