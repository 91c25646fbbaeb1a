package io.skillspassport.roles.boundary;

import java.time.Instant;

/**
 * A role as the admin's list shows it.
 *
 * @param publishedVersion number of the newest published version, 0 when none
 * @param draftVersion number of the open draft, 0 when none
 */
public record RoleAdminSummary(
    String slug,
    String title,
    int publishedVersion,
    Instant publishedAt,
    String publishedBy,
    int draftVersion) {}
