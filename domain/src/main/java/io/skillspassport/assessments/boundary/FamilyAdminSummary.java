package io.skillspassport.assessments.boundary;

import java.io.Serializable;

/**
 * An assessment family as the admin edits it.
 *
 * @param version the optimistic-lock version to send back with a change
 */
public record FamilyAdminSummary(
    String code,
    String slug,
    String name,
    String description,
    boolean sampleAvailable,
    long version)
    implements Serializable {}
