package io.skillspassport.assessments.boundary;

import io.skillspassport.platform.boundary.SerialRecord;
import java.io.Serial;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * One estimated item of a calibration: its parameters before and after, the standard errors of the
 * estimates (observed information by Louis's identity, delta method for b and c), its S-X² fit
 * where defined and, in a recovery check, the parameters that generated the responses.
 *
 * @param responses responses to the item in the data
 * @param oldB the old difficulty b (right/wrong) or thresholds (graded)
 * @param oldC the old lower asymptote c, empty for items without one
 * @param fit "S-X² = …, df = …, p = …", or why it is not defined
 * @param generatingA the generating a (recovery checks only)
 * @param generatingB the generating b or thresholds (recovery checks only; empty otherwise)
 */
public record ParameterChange(
    String code,
    int responses,
    double oldA,
    double newA,
    OptionalDouble seA,
    List<Double> oldB,
    List<Double> newB,
    List<OptionalDouble> seB,
    OptionalDouble oldC,
    OptionalDouble newC,
    OptionalDouble seC,
    String fit,
    OptionalDouble generatingA,
    List<Double> generatingB)
    implements Serializable {

  /** Serialized through {@link SerialRecord}: its optional components are not serializable. */
  @Serial
  private Object writeReplace() {
    return SerialRecord.of(this);
  }

  public ParameterChange {
    oldB = List.copyOf(oldB);
    newB = List.copyOf(newB);
    seB = List.copyOf(seB);
    generatingB = List.copyOf(generatingB);
  }

  /** "old → new (SE)" for a. */
  public String aText() {
    return f(oldA) + " → " + f(newA) + se(seA);
  }

  /** "old → new (SE)" for each b or threshold, joined by "; ". */
  public String bText() {
    StringBuilder s = new StringBuilder();
    for (int k = 0; k < newB.size(); k++) {
      if (k > 0) {
        s.append("; ");
      }
      s.append(k < oldB.size() ? f(oldB.get(k)) : "–")
          .append(" → ")
          .append(f(newB.get(k)))
          .append(se(seB.get(k)));
    }
    return s.toString();
  }

  /** "old → new (SE)" for c, "–" without c. */
  public String cText() {
    if (newC.isEmpty()) {
      return "–";
    }
    return (oldC.isPresent() ? f(oldC.getAsDouble()) : "–")
        + " → "
        + f(newC.getAsDouble())
        + se(seC);
  }

  /** The generating a and b (recovery checks), "–" otherwise. */
  public String generatingText() {
    if (generatingA.isEmpty()) {
      return "–";
    }
    return "a "
        + f(generatingA.getAsDouble())
        + ", b "
        + String.join("; ", generatingB.stream().map(ParameterChange::f).toList());
  }

  static String f(double v) {
    return String.format(Locale.ROOT, "%.3f", v);
  }

  private static String se(OptionalDouble se) {
    return se.isPresent() ? " (SE " + f(se.getAsDouble()) + ")" : "";
  }
}
