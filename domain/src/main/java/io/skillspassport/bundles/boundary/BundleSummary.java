package io.skillspassport.bundles.boundary;

import java.time.Instant;

/** A line of the organisation's bundle list. */
public record BundleSummary(
    long id,
    String name,
    String baseRole,
    int latestVersion,
    boolean archived,
    String savedByName,
    Instant savedAt) {}
