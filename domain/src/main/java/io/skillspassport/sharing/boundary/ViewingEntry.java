package io.skillspassport.sharing.boundary;

import java.time.Instant;

/**
 * One look at the caller's passport by an employer.
 *
 * @param organisationName the employer organisation
 * @param viewer who looked
 * @param viewedAt when
 * @param context what they were doing: a comparison, a side-by-side view, an export
 */
public record ViewingEntry(
    String organisationName, String viewer, Instant viewedAt, String context) {}
