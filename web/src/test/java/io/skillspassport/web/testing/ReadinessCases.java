package io.skillspassport.web.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Expected readiness of fixed passports from {@code /reference/readiness_cases.tsv} and {@code
 * readiness_gaps.tsv}, written by {@code domain/src/test/resources/reference/readiness_fixtures.py}
 * from the product brief's formulas, independently of the scoring module (the same files and reader
 * as the domain tests; the in-container tests need them inside the test war). Family order
 * throughout: {@link #FAMILIES}.
 */
public final class ReadinessCases {

  /** The six families in the fixture's column order. */
  public static final List<String> FAMILIES =
      List.of(
          "COGNITIVE_REASONING",
          "AI_OUTPUT_EVALUATION",
          "DATA_ANALYSIS",
          "PYTHON_FUNDAMENTALS",
          "AI_COLLABORATION_LITERACY",
          "COMMUNICATION");

  /** One passport and what readiness must say about it. */
  public record Case(
      String name,
      int threshold,
      List<String> weights,
      int[] scores,
      double[] sems,
      double composite,
      int rounded,
      double sem,
      double band90Low,
      double band90High,
      double probability,
      String verdict,
      List<Gap> gaps) {}

  /** One family's row of the gap analysis, in explanation order. */
  public record Gap(
      String family,
      double normalisedWeight,
      double pointsNeededAlone,
      boolean feasibleAlone,
      double probabilityGainPerPoint,
      double weightedShortfall) {}

  private ReadinessCases() {}

  /** The case called {@code name}. */
  public static Case of(String name) {
    List<Gap> gaps = new ArrayList<>();
    for (String[] g : rows("readiness_gaps.tsv")) {
      if (g[0].equals(name)) {
        gaps.add(
            new Gap(
                g[2],
                Double.parseDouble(g[3]),
                Double.parseDouble(g[4]),
                Boolean.parseBoolean(g[5]),
                Double.parseDouble(g[6]),
                Double.parseDouble(g[7])));
      }
    }
    for (String[] c : rows("readiness_cases.tsv")) {
      if (c[0].equals(name)) {
        return new Case(
            name,
            Integer.parseInt(c[1]),
            List.of(c[2].split(",")),
            Arrays.stream(c[3].split(",")).mapToInt(Integer::parseInt).toArray(),
            Arrays.stream(c[4].split(",")).mapToDouble(Double::parseDouble).toArray(),
            Double.parseDouble(c[5]),
            Integer.parseInt(c[6]),
            Double.parseDouble(c[7]),
            Double.parseDouble(c[8]),
            Double.parseDouble(c[9]),
            Double.parseDouble(c[10]),
            c[11],
            List.copyOf(gaps));
      }
    }
    throw new IllegalArgumentException("no readiness case " + name);
  }

  private static List<String[]> rows(String file) {
    InputStream in = ReadinessCases.class.getResourceAsStream("/reference/" + file);
    if (in == null) {
      throw new IllegalStateException("missing test resource /reference/" + file);
    }
    List<String[]> rows = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      r.lines()
          .filter(l -> !l.startsWith("#") && !l.isBlank())
          .skip(1)
          .forEach(l -> rows.add(l.split("\t", -1)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return rows;
  }
}
