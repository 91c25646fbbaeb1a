package io.skillspassport.passports.boundary;

import java.util.Optional;

/**
 * One assessment family on the dashboard: its current result, or none (missing, never shown as
 * 300), and whether a sample assessment can be taken for it.
 *
 * @param code the family's stable code
 * @param slug the family's URL slug
 * @param name the family's display name
 * @param sampleAvailable whether a sample assessment is takeable today
 * @param current the newest result that has not expired; empty when the family is missing
 */
public record FamilyStanding(
    String code,
    String slug,
    String name,
    boolean sampleAvailable,
    Optional<PassportResult> current) {

  public boolean measured() {
    return current.isPresent();
  }
}
