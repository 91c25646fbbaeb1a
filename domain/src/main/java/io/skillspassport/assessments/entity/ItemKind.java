package io.skillspassport.assessments.entity;

/** How an item is answered and scored. */
public enum ItemKind {
  /** Multiple choice with one correct option, scored right/wrong under the 2PL model. */
  TWO_PL,
  /** Options that each earn a category 1..K, scored under Samejima's graded response model. */
  GRADED_RESPONSE
}
