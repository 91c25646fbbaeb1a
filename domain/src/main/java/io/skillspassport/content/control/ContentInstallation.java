package io.skillspassport.content.control;

import io.skillspassport.assessments.control.FamilyStore;
import io.skillspassport.roles.control.RoleStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;

/** Installs the shipped content in one transaction; called once at start-up. */
@ApplicationScoped
public class ContentInstallation {

  @Inject FamilyStore families;

  @Inject RoleStore roles;

  @Transactional
  public ShippedContent.Report installShippedContent() {
    return new ShippedContent(
            families, roles, Clock.systemUTC(), ContentInstallation.class.getClassLoader())
        .install();
  }
}
