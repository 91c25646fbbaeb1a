/**
 * The platform's door — what every business component shares: the calling person ({@code Caller}),
 * the one authorization check ({@code Guard}, whose refusals are {@code AccessDenied} and announced
 * as {@code AccessRefused}), the refusals every boundary throws ({@code Rejected} with its list of
 * {@code Problem}s, {@code Conflict}, {@code NotFound}; the web tier maps each once to a page or a
 * message), the clock ({@code PortalClock} produces the injected {@code java.time.Clock}), the
 * recognition of a lost race on a unique constraint ({@code UniqueViolation}) and the start-up
 * event {@code SchemaMigrated}.
 */
package io.skillspassport.platform.boundary;
