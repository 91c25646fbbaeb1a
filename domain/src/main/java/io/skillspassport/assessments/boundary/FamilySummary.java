package io.skillspassport.assessments.boundary;

/** An assessment family as the catalogue shows it. */
public record FamilySummary(
    String code, String slug, String name, String description, boolean sampleAvailable) {}
