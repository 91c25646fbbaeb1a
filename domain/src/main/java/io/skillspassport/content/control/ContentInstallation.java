package io.skillspassport.content.control;

import io.skillspassport.assessments.control.FamilyStore;
import io.skillspassport.assessments.control.ItemStore;
import io.skillspassport.exercises.control.RubricStore;
import io.skillspassport.exercises.control.ShippedRubrics;
import io.skillspassport.roles.control.RoleStore;
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

  @Inject FamilyStore families;

  @Inject RoleStore roles;

  @Inject ItemStore items;

  @Inject RubricStore rubrics;

  @Inject InstallationLock lock;

  @Inject Clock clock;

  @Transactional
  public ShippedContent.Report installShippedContent() {
    lock.take();
    var report =
        new ShippedContent(
                families, roles, items, clock, ContentInstallation.class.getClassLoader())
            .install();
    report.itemBanks().forEach(bank -> LOG.info(bank::toString));
    List<String> newRubrics =
        new ShippedRubrics(rubrics, clock, ContentInstallation.class.getClassLoader()).install();
    LOG.info(() -> "Exercise rubrics installed now: " + newRubrics);
    return report;
  }
}
