package io.skillspassport.passports.boundary;

import java.time.Instant;

/**
 * Where a passport score came from, in ascending order of assurance.
 *
 * <p><b>The current-score rule</b> (published on {@code /methodology}): of a candidate's results in
 * a family that have not expired, the current one is the one with the highest assurance — proctored
 * before imported before self-service (sample) — and among those of equal assurance the newest
 * ({@link #preferred}). A self-service retake therefore never replaces a proctored score; every
 * result stays in the history. The one home of the rule: the passport and the employers' comparison
 * both ask it.
 */
public enum Provenance {
  /** A self-service assessment taken in the portal (unproctored), scored by EAP. */
  SAMPLE,
  /** An external score linked onto the scale by equating. */
  IMPORTED,
  /** A proctored sitting. */
  PROCTORED;

  /** Higher is more assured: 0 for SAMPLE, 1 for IMPORTED, 2 for PROCTORED. */
  public int assurance() {
    return ordinal();
  }

  /**
   * Whether a result ({@code provenance}, measured at {@code measured}, id {@code id}) is preferred
   * by the current-score rule over another: higher assurance, then newer, then the higher id.
   */
  public static boolean preferred(
      Provenance provenance,
      Instant measured,
      long id,
      Provenance other,
      Instant otherMeasured,
      long otherId) {
    if (provenance.assurance() != other.assurance()) {
      return provenance.assurance() > other.assurance();
    }
    int newer = measured.compareTo(otherMeasured);
    return newer != 0 ? newer > 0 : id > otherId;
  }
}
