package io.skillspassport.content.control;

import io.skillspassport.assessments.boundary.ShippedBanks;
import io.skillspassport.exercises.boundary.ShippedRubricInstallation;
import io.skillspassport.roles.boundary.ShippedRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.logging.Logger;

/**
 * Installs the shipped content in one transaction; called once at start-up by every instance. The
 * {@link InstallationLock} makes instances that start together install one after the other.
 */
@ApplicationScoped
public class ContentInstallation {

  private static final Logger LOG = Logger.getLogger(ContentInstallation.class.getName());

  @Inject ShippedBanks banks;

  @Inject ShippedRoles roles;

  @Inject ShippedRubricInstallation rubrics;

  @Inject InstallationLock lock;

  @Inject Clock clock;

  @Transactional
  public ShippedContent.Report installShippedContent() {
    lock.take();
    var report =
        new ShippedContent(banks, roles, clock, ContentInstallation.class.getClassLoader())
            .install();
    report.itemBanks().forEach(bank -> LOG.info(bank::toString));
    List<String> newRubrics = rubrics.install(clock, ContentInstallation.class.getClassLoader());
    LOG.info(() -> "Exercise rubrics installed now: " + newRubrics);
    return report;
  }
}
