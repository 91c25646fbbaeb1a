package io.skillspassport.roles.control;

import io.skillspassport.roles.boundary.RoleSections;
import io.skillspassport.roles.entity.RoleVersion;
import io.skillspassport.roles.entity.RoleWeight;
import io.skillspassport.roles.entity.WeightPreset;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * A role version as lines of text, one fact a line ("skills 2 · title: Research taste"), so that
 * two versions can be compared with a line diff ({@link TextDiff}) covering every section, not only
 * the weights.
 *
 * <p>Why reflection over {@link RoleSections}' record components: the sections record has some 27
 * components and grows with the seed guide; listing them by hand here would be one more place to
 * forget a new section. Components are written in declaration order, list elements numbered from 1,
 * nested records as {@code name: value} pairs joined by " · ".
 */
public final class VersionText {

  private VersionText() {}

  /**
   * The lines of one version.
   *
   * @param version the version
   * @param familyName a family code's display name
   * @return title, threshold, every section, the weights with their rationales and the presets
   */
  public static List<String> lines(RoleVersion version, Function<String, String> familyName) {
    List<String> lines = new ArrayList<>();
    lines.add("title: " + version.title());
    lines.add("readiness threshold: " + version.readinessThreshold());
    RoleSections sections = version.sections();
    if (sections != null) {
      for (RecordComponent c : RoleSections.class.getRecordComponents()) {
        add(lines, c.getName(), value(c, sections));
      }
    }
    for (RoleWeight w : version.weights()) {
      lines.add(
          "weight "
              + familyName.apply(w.familyCode())
              + ": "
              + w.relevance().toPlainString()
              + " · "
              + w.rationale());
    }
    for (WeightPreset p : version.presets()) {
      Map<String, String> weights = new TreeMap<>();
      p.weights().forEach((k, v) -> weights.put(familyName.apply(k), v.toPlainString()));
      lines.add("preset " + p.name() + ": " + weights + " · " + p.description());
    }
    return lines;
  }

  private static void add(List<String> lines, String name, Object value) {
    if (value == null) {
      return;
    }
    if (value instanceof List<?> list) {
      for (int i = 0; i < list.size(); i++) {
        lines.add(name + " " + (i + 1) + " · " + text(list.get(i)));
      }
      return;
    }
    String text = text(value);
    if (!text.isBlank()) {
      // Multi-line Markdown: one line of the diff per line of text.
      String[] parts = text.split("\\R");
      for (String part : parts) {
        if (!part.isBlank()) {
          lines.add(name + ": " + part.strip());
        }
      }
    }
  }

  private static String text(Object value) {
    if (value instanceof Record r) {
      List<String> parts = new ArrayList<>();
      for (RecordComponent c : r.getClass().getRecordComponents()) {
        Object v = value(c, r);
        if (v != null && !String.valueOf(v).isBlank()) {
          parts.add(c.getName() + ": " + v);
        }
      }
      return String.join(" · ", parts);
    }
    return String.valueOf(value);
  }

  private static Object value(RecordComponent component, Object record) {
    try {
      return component.getAccessor().invoke(record);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("Cannot read " + component.getName(), e);
    }
  }
}
