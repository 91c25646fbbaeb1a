package io.skillspassport.imports.boundary;

import io.skillspassport.platform.boundary.SerialRecord;
import java.io.Serial;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A registered engine as the admin page lists it.
 *
 * @param id the engine's id
 * @param name its display name
 * @param clientId the Keycloak client it authenticates as
 * @param scaleDescription its external scale, in the admin's words
 * @param families the family codes it may send results for
 * @param table its equating table, once uploaded
 * @param results how many results it has sent
 */
public record EngineSummary(
    long id,
    String name,
    String clientId,
    String scaleDescription,
    List<String> families,
    Optional<TableSummary> table,
    long results)
    implements Serializable {

  /** Serialized through {@link SerialRecord}: its optional components are not serializable. */
  @Serial
  private Object writeReplace() {
    return SerialRecord.of(this);
  }

  /**
   * An uploaded equating table.
   *
   * @param method mean, linear or equipercentile
   * @param points number of points
   * @param minScore lowest external score covered
   * @param maxScore highest external score covered
   * @param linkingError the standard error of the link, in scale points
   * @param uploadedAt when it was uploaded
   * @param text the table as stored ({@code x ey} lines)
   */
  public record TableSummary(
      String method,
      int points,
      double minScore,
      double maxScore,
      double linkingError,
      Instant uploadedAt,
      String text)
      implements Serializable {}
}
