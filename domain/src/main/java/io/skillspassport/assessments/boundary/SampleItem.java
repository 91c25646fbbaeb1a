package io.skillspassport.assessments.boundary;

import java.util.List;
import java.util.OptionalInt;

/**
 * One item of an attempt as the candidate sees it: texts and options, never the answer key or the
 * categories of graded-response options.
 *
 * @param kind {@code TWO_PL} (stem, optional code snippet) or {@code GRADED_RESPONSE} (scenario and
 *     prompt in {@code stem})
 * @param savedResponse the option the candidate saved, if any
 * @param inProgress false once the attempt is submitted (the item is then read only)
 */
public record SampleItem(
    long attemptId,
    String familyCode,
    String familyName,
    int position,
    int total,
    int answered,
    String kind,
    String stem,
    String scenario,
    String codeSnippet,
    List<Option> options,
    OptionalInt savedResponse,
    boolean inProgress) {

  /** An option: its id (0-based index in display order) and text. */
  public record Option(int id, String text) {}
}
