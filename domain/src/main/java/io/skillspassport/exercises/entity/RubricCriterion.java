package io.skillspassport.exercises.entity;

import io.skillspassport.platform.boundary.Rejected;
import java.util.List;
import java.util.Locale;

/**
 * One criterion of a rubric: what is judged and, for each level 1 to {@link #LEVELS}, the behaviour
 * that earns it (a behaviourally anchored rating scale: the anchors describe what the interviewer
 * saw, not how good it felt).
 *
 * @param code stable key, lower-case letters, digits and hyphens; ratings refer to it
 * @param name short name shown as the criterion's heading
 * @param description what the criterion is about
 * @param levels the anchors of levels 1..5, in order
 */
public record RubricCriterion(String code, String name, String description, List<String> levels) {

  /** Number of levels of every criterion. */
  public static final int LEVELS = 5;

  /** Validates and normalises; a bad field is an {@link Rejected} naming it. */
  public RubricCriterion {
    name = text(name, "criterion name", 120);
    code =
        code == null || code.isBlank()
            ? name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "")
            : code.strip();
    if (!code.matches("[a-z0-9][a-z0-9-]{0,79}")) {
      throw new Rejected(
          "criteria", "Criterion code '" + code + "' must be lower-case letters, digits, hyphens");
    }
    description = description == null ? "" : description.strip();
    if (description.length() > 2000) {
      throw new Rejected("criteria", "A criterion description has at most 2000 characters");
    }
    if (levels == null || levels.size() != LEVELS) {
      throw new Rejected(
          "criteria",
          "Criterion '"
              + name
              + "' needs "
              + LEVELS
              + " level anchors but has "
              + (levels == null ? 0 : levels.size()));
    }
    String what = "anchor of '" + name + "'";
    levels = levels.stream().map(l -> text(l, what, 1000)).toList();
  }

  private static String text(String value, String what, int max) {
    if (value == null || value.isBlank()) {
      throw new Rejected("criteria", "The " + what + " is empty");
    }
    String s = value.strip();
    if (s.length() > max) {
      throw new Rejected("criteria", "The " + what + " has more than " + max + " characters");
    }
    return s;
  }
}
