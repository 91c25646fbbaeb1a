package io.skillspassport.assessments.entity;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What adaptive delivery and reviewers need of an item beyond its texts and parameters.
 *
 * @param subskill the content area (the bank's sub-skill code) it counts towards in content
 *     balancing; empty for a bank without sub-skills
 * @param pretest whether it is served unscored, to collect responses for its calibration
 * @param material a table, a prompt and a model's answer, or a summary shown preformatted
 * @param parameterStatus whether its parameters are expert-set or calibrated from responses
 * @param distractorRationales the misconception behind each option (empty at the key), or an empty
 *     list when the bank gives none
 * @param difficultyRating the writer's 1–6 difficulty rating, if the bank gives one
 */
public record ItemDetails(
    String subskill,
    boolean pretest,
    Optional<String> material,
    ParameterStatus parameterStatus,
    List<String> distractorRationales,
    OptionalInt difficultyRating) {

  /** Validates and copies (the rationale list may hold nulls: the key's position has none). */
  public ItemDetails {
    Objects.requireNonNull(subskill, "subskill");
    Objects.requireNonNull(material, "material");
    Objects.requireNonNull(parameterStatus, "parameterStatus");
    distractorRationales =
        Collections.unmodifiableList(
            new ArrayList<>(Objects.requireNonNull(distractorRationales, "rationales")));
    Objects.requireNonNull(difficultyRating, "difficultyRating");
    if (material.isPresent() && material.get().length() > 2000) {
      throw new IllegalArgumentException("The material of an item is at most 2000 characters");
    }
  }

  /** What an item written before adaptive delivery has: no sub-skill, operational, provisional. */
  public static ItemDetails none() {
    return new ItemDetails(
        "", false, Optional.empty(), ParameterStatus.PROVISIONAL, List.of(), OptionalInt.empty());
  }
}
