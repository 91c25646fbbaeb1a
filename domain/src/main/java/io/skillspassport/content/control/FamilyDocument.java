package io.skillspassport.content.control;

/** An assessment family as written in {@code content/families.json}. */
public record FamilyDocument(
    String code,
    String slug,
    String name,
    String description,
    boolean sampleAvailable,
    int displayOrder) {}
