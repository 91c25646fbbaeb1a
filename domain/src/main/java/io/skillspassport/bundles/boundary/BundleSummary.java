package io.skillspassport.bundles.boundary;

import java.io.Serializable;
import java.time.Instant;

/**
 * A line of the organisation's bundle list.
 *
 * @param baseRole the slug of the role the bundle starts from (for links)
 * @param baseRoleTitle that role's title as last published, for people; the slug if the role is
 *     gone
 */
public record BundleSummary(
    long id,
    String name,
    String baseRole,
    String baseRoleTitle,
    int latestVersion,
    boolean archived,
    String savedByName,
    Instant savedAt)
    implements Serializable {}
