package io.skillspassport.web.employer;

import io.skillspassport.web.testing.TestCaller;
import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The packaged portal plus the test caller and the employer fixtures. */
final class EmployerDeployment {

  private EmployerDeployment() {}

  static WebArchive war(Class<?>... tests) {
    String path = System.getProperty("portal.war");
    if (path == null) {
      throw new IllegalStateException("Run with failsafe: the system property portal.war is unset");
    }
    return ShrinkWrap.createFromZipFile(WebArchive.class, new File(path))
        .addClasses(TestCaller.class, EmployerFixtures.class, EmployerDeployment.class)
        .addClasses(tests);
  }
}
