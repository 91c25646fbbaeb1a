package io.skillspassport.platform.boundary;

/**
 * Fired (synchronously) by the platform once the database schema is at the newest migration, before
 * the portal serves anything. Components that must fill the database at start-up — the shipped
 * content — observe it, so the platform starts them without knowing them. An observer that throws
 * fails the start, as the migration itself would.
 *
 * @param schemaVersion the schema version now in force (Flyway's, e.g. {@code "16"})
 * @param migrationsApplied how many migrations this start applied (0 when already current)
 */
public record SchemaMigrated(String schemaVersion, int migrationsApplied) {}
