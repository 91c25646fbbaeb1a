package io.skillspassport.web.site;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The portal's packaged war, exactly as the build produced it, for Arquillian deployments. */
final class PortalDeployment {

  private PortalDeployment() {}

  static WebArchive war() {
    String path = System.getProperty("portal.war");
    if (path == null) {
      throw new IllegalStateException("Run with failsafe: the system property portal.war is unset");
    }
    return ShrinkWrap.createFromZipFile(WebArchive.class, new File(path));
  }
}
