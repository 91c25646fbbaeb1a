package io.skillspassport.roles.boundary;

import java.time.Instant;

/**
 * The open draft of a role as the editor loads it.
 *
 * @param number the version number the draft will get when published
 * @param version the optimistic-lock version the editor must send back with its changes
 */
public record RoleDraft(
    String slug,
    int number,
    long version,
    Instant createdAt,
    String createdBy,
    RoleContent content) {}
