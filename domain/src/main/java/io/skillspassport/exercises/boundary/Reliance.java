package io.skillspassport.exercises.boundary;

/**
 * How far an agreement figure can be relied on, by Krippendorff's guidance for α (rely on α ≥
 * 0.800, tentative conclusions for 0.667 ≤ α &lt; 0.800, none below) and the portal's rule that an
 * α resting on fewer than {@link ExerciseAgreement#MIN_UNITS} candidates rated by two or more
 * interviewers is too thin to judge.
 */
public enum Reliance {
  /** α (ordinal) ≥ 0.800 on enough candidates. */
  RELIABLE,
  /** 0.667 ≤ α &lt; 0.800 on enough candidates: tentative conclusions only. */
  TENTATIVE,
  /** α &lt; 0.667: the interviewers do not agree enough to rely on the mean rating. */
  UNRELIABLE,
  /** Too few candidates rated by two or more interviewers: α is shown but not judged. */
  TOO_FEW,
  /** α is undefined: no two ratings of one candidate, or no variation at all. */
  UNDEFINED
}
