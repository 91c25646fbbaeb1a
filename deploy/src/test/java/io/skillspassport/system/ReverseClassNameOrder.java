package io.skillspassport.system;

import java.util.Comparator;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.ClassOrdererContext;

/**
 * Runs the test classes in reverse order of their fully qualified names, to check that no system
 * test depends on what an earlier one left behind. Not used by default; select it for one run:
 *
 * <pre>
 * mvn -pl deploy -am verify -Dtest=NoSuch -Dsurefire.failIfNoSpecifiedTests=false \
 *   -Djunit.jupiter.testclass.order.default=io.skillspassport.system.ReverseClassNameOrder \
 *   -Djunit.jupiter.testmethod.order.default='org.junit.jupiter.api.MethodOrderer$Random'
 * </pre>
 */
public final class ReverseClassNameOrder implements ClassOrderer {

  @Override
  public void orderClasses(ClassOrdererContext context) {
    context
        .getClassDescriptors()
        .sort(
            Comparator.comparing(
                    (org.junit.jupiter.api.ClassDescriptor d) -> d.getTestClass().getName())
                .reversed());
  }
}
