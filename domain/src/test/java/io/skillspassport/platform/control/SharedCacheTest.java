package io.skillspassport.platform.control;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Entity;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * EclipseLink's shared (second-level) cache stays off for every entity, because clustered instances
 * would each keep their own copy and serve another instance's edit stale (issue 13, item 2). The
 * portal's unit uses {@code ENABLE_SELECTIVE}, which caches only entities marked
 * {@code @Cacheable(true)}; this test fails as soon as one is, or the mode changes. {@code
 * ClusterIT} checks the effect: an edit on one instance is seen on the other's next request.
 */
class SharedCacheTest {

  @Test
  void thePersistenceUnitCachesOnlySelectedEntities() throws IOException {
    assertThat(mainPersistenceXml())
        .contains("<persistence-unit name=\"passport\"")
        .contains("<shared-cache-mode>ENABLE_SELECTIVE</shared-cache-mode>");
  }

  @Test
  void noEntityIsSelectedForTheSharedCache() throws Exception {
    List<Class<?>> entities = entityClasses();

    assertThat(entities).as("entities found").hasSizeGreaterThan(10);
    assertThat(entities)
        .allSatisfy(
            e ->
                assertThat(e.isAnnotationPresent(Cacheable.class) && cacheable(e))
                    .as(e.getName() + " is @Cacheable(true)")
                    .isFalse());
  }

  private static boolean cacheable(Class<?> entity) {
    return entity.getAnnotation(Cacheable.class).value();
  }

  private static String mainPersistenceXml() throws IOException {
    return Files.readString(classesDir().resolve("META-INF/persistence.xml"));
  }

  /** {@code domain/target/classes}: where {@link DatabaseSetup} was loaded from. */
  private static Path classesDir() {
    try {
      return Path.of(
          DatabaseSetup.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<Class<?>> entityClasses() throws IOException {
    Path root = classesDir();
    try (Stream<Path> files = Files.walk(root)) {
      return files
          .filter(f -> f.toString().endsWith(".class") && !f.toString().contains("$"))
          .map(f -> root.relativize(f).toString().replace('/', '.').replaceAll("\\.class$", ""))
          .map(SharedCacheTest::load)
          .filter(c -> c.isAnnotationPresent(Entity.class))
          .toList();
    }
  }

  private static Class<?> load(String name) {
    try {
      return Class.forName(name, false, SharedCacheTest.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(name, e);
    }
  }
}
