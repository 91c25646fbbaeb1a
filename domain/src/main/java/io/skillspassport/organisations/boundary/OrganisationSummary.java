package io.skillspassport.organisations.boundary;

/**
 * An employer organisation as the admin's list shows it.
 *
 * @param version the optimistic-lock version to send back when renaming
 * @param activeShares how many candidates currently share their passport with the organisation
 */
public record OrganisationSummary(
    String slug, String name, String description, long version, int activeShares) {}
