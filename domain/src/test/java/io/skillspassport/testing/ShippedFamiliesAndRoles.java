package io.skillspassport.testing;

import io.skillspassport.assessments.boundary.ShippedBanks;
import io.skillspassport.assessments.control.FamilyStore;
import io.skillspassport.assessments.control.ItemStore;
import io.skillspassport.content.control.ShippedContent;
import io.skillspassport.roles.boundary.ShippedRoles;
import io.skillspassport.roles.control.RoleStore;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A migrated H2 holding the shipped families and roles, without the item banks (installing the six
 * banks takes seconds and the bundle and role rules never read an item), one per test class and
 * kept for the life of the JVM. Mutation testing runs a test class again for every mutant in the
 * same JVM; setting the database up once keeps that affordable. So a test class using it must leave
 * the database fit for its own tests to run again: new slugs and organisations for what it creates,
 * never a change to the shipped content that another of its tests reads.
 */
public final class ShippedFamiliesAndRoles {

  /** The shipped manifest's families and role, with no item bank. */
  private static final String MANIFEST =
      "{\"families\": \"content/families.json\","
          + " \"roles\": [\"content/roles/ml-research-scientist.json\"],"
          + " \"itemBanks\": []}";

  private static final Map<Class<?>, Database> DATABASES = new ConcurrentHashMap<>();

  private ShippedFamiliesAndRoles() {}

  /** The database of test class {@code owner}, set up on first use. */
  public static Database database(Class<?> owner) {
    return DATABASES.computeIfAbsent(owner, o -> install(o.getClassLoader()));
  }

  private static Database install(ClassLoader shipped) {
    ClassLoader withoutBanks =
        new ClassLoader(shipped) {
          @Override
          public InputStream getResourceAsStream(String name) {
            return name.equals("content/manifest.json")
                ? new ByteArrayInputStream(MANIFEST.getBytes(StandardCharsets.UTF_8))
                : shipped.getResourceAsStream(name);
          }
        };
    Database db = Database.fresh(Database.Kind.H2);
    db.run(
        em ->
            new ShippedContent(
                    new ShippedBanks(new FamilyStore(em), new ItemStore(em)),
                    new ShippedRoles(new RoleStore(em)),
                    Clock.fixed(Instant.parse("2026-11-01T00:00:00Z"), ZoneOffset.UTC),
                    withoutBanks)
                .install());
    return db;
  }
}
