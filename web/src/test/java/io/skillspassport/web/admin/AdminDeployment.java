package io.skillspassport.web.admin;

import io.skillspassport.web.testing.TestCaller;
import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The portal's packaged war with the {@link TestCaller} and the admin tests' helpers, for in-
 * container tests that call the admin boundaries as whoever they sign in.
 */
final class AdminDeployment {

  private AdminDeployment() {}

  static WebArchive war(Class<?>... tests) {
    String path = System.getProperty("portal.war");
    if (path == null) {
      throw new IllegalStateException("Run with failsafe: the system property portal.war is unset");
    }
    return ShrinkWrap.createFromZipFile(WebArchive.class, new File(path))
        .addClasses(TestCaller.class, AdminDeployment.class, TestRoles.class, XssPayloads.class)
        .addClasses(tests);
  }
}
