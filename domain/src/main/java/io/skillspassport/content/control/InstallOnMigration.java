package io.skillspassport.content.control;

import io.skillspassport.platform.boundary.SchemaMigrated;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * Installs the missing shipped content as soon as the platform reports the schema migrated. A bean
 * of its own so that the call to {@link ContentInstallation#installShippedContent()} goes through
 * its transaction interceptor (a self-call would not).
 */
@ApplicationScoped
public class InstallOnMigration {

  private static final Logger LOG = Logger.getLogger(InstallOnMigration.class.getName());

  @Inject ContentInstallation content;

  void install(@Observes SchemaMigrated migrated) {
    var report = content.installShippedContent();
    LOG.info(
        () ->
            "Shipped content: installed "
                + report.installed()
                + ", kept as they were "
                + report.keptAsTheyWere());
  }
}
