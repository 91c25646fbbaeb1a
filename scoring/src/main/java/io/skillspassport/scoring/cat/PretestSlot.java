package io.skillspassport.scoring.cat;

import java.util.Objects;

/**
 * An uncalibrated (or being-calibrated) item shown at a fixed position of the test to collect
 * responses for its calibration. Its response is recorded but never enters the ability estimate,
 * the stopping rule or the operational length.
 *
 * @param position 1-based position among all items shown (operational and pretest)
 * @param item the pretest item; its id must not be a bank id
 */
public record PretestSlot(int position, BankItem item) {

  /** Validates. */
  public PretestSlot {
    if (position < 1) {
      throw new IllegalArgumentException("pretest position must be at least 1 but was " + position);
    }
    Objects.requireNonNull(item, "pretest item");
  }
}
