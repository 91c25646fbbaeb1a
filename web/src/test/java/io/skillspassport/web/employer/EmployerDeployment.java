package io.skillspassport.web.employer;

import io.skillspassport.web.testing.ReadinessCases;
import io.skillspassport.web.testing.TestCaller;
import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The packaged portal plus the test caller, the employer fixtures and the readiness fixture. */
final class EmployerDeployment {

  private EmployerDeployment() {}

  static WebArchive war(Class<?>... tests) {
    String path = System.getProperty("portal.war");
    if (path == null) {
      throw new IllegalStateException("Run with failsafe: the system property portal.war is unset");
    }
    return ShrinkWrap.createFromZipFile(WebArchive.class, new File(path))
        .addClasses(TestCaller.class, EmployerFixtures.class, EmployerDeployment.class)
        .addClasses(ReadinessCases.class)
        .addAsResource("reference/readiness_cases.tsv")
        .addAsResource("reference/readiness_gaps.tsv")
        .addClasses(tests);
  }
}
