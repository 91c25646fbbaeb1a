package io.skillspassport.roles.boundary;

/** A role as the catalogue lists it. */
public record RoleSummary(
    String slug,
    String title,
    String summary,
    long medianCompensation,
    String currency,
    int familiesWeighted,
    int versionNumber) {}
