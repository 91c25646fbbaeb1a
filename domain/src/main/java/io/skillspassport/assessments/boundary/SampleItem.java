package io.skillspassport.assessments.boundary;

import io.skillspassport.platform.boundary.SerialRecord;
import java.io.Serial;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One item of an adaptive attempt as the candidate sees it: texts and options, never the answer
 * key, the categories of graded-response options, or whether it is a pretest item.
 *
 * @param position the item's 1-based position among the items served
 * @param current whether it is the item to answer now (else it is answered and read only)
 * @param minItems the test's minimum number of scored items
 * @param maxItems the test's maximum number of scored items
 * @param answered items answered so far
 * @param kind {@code TWO_PL} (stem, optional code snippet and material) or {@code GRADED_RESPONSE}
 *     (scenario and prompt in {@code stem})
 * @param savedResponse the option the candidate chose, for an answered item
 * @param deadline when the time limit ends
 */
public record SampleItem(
    long attemptId,
    String familyCode,
    String familyName,
    int position,
    boolean current,
    int minItems,
    int maxItems,
    int answered,
    String kind,
    String stem,
    String scenario,
    String codeSnippet,
    Optional<String> material,
    List<Option> options,
    OptionalInt savedResponse,
    Instant deadline)
    implements Serializable {

  /** Serialized through {@link SerialRecord}: its optional components are not serializable. */
  @Serial
  private Object writeReplace() {
    return SerialRecord.of(this);
  }

  /** An option: its id (0-based index in display order) and text. */
  public record Option(int id, String text) implements Serializable {}
}
