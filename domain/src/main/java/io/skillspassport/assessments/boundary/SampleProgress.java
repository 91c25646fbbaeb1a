package io.skillspassport.assessments.boundary;

import io.skillspassport.platform.boundary.SerialRecord;
import java.io.Serial;
import java.io.Serializable;
import java.time.Instant;
import java.util.Optional;

/**
 * Where an adaptive attempt stands.
 *
 * @param position the item to answer now (1-based among the items served); the last one served once
 *     the attempt is over
 * @param answered items answered
 * @param inProgress false once the attempt ended
 * @param scored whether the ended attempt gave a score (false while in progress)
 * @param deadline when the time limit ends
 * @param notice why the last request did not do what it asked (e.g. the time limit had ended)
 */
public record SampleProgress(
    long attemptId,
    String familyCode,
    String familyName,
    int position,
    int answered,
    int minItems,
    int maxItems,
    boolean inProgress,
    boolean scored,
    Instant deadline,
    Optional<String> notice)
    implements Serializable {

  /** Serialized through {@link SerialRecord}: its optional components are not serializable. */
  @Serial
  private Object writeReplace() {
    return SerialRecord.of(this);
  }
}
