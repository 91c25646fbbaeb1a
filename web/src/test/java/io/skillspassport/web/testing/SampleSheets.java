package io.skillspassport.web.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Fixed answer sheets for the shipped sample banks and their expected results, from {@code
 * /reference/sample_sheets.tsv}, written by {@code sample_sheets.py} (same folder) from the brief's
 * EAP and scale formulas, independently of the scoring module.
 */
public final class SampleSheets {

  /**
   * One answer sheet and its result.
   *
   * @param answers one character per item in bank order: the 0-based option, or {@code .} for none
   */
  public record Sheet(
      String name,
      String answers,
      int answered,
      double theta,
      double se,
      int reported,
      double sem,
      int bandLow,
      int bandHigh) {

    /** The 0-based option chosen at {@code position} (1-based), or -1 for none. */
    public int option(int position) {
      char c = answers.charAt(position - 1);
      return c == '.' ? -1 : c - '0';
    }

    public int items() {
      return answers.length();
    }
  }

  private SampleSheets() {}

  /** The sheet called {@code name}. */
  public static Sheet of(String name) {
    InputStream in = SampleSheets.class.getResourceAsStream("/reference/sample_sheets.tsv");
    if (in == null) {
      throw new IllegalStateException("missing test resource /reference/sample_sheets.tsv");
    }
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      return r.lines()
          .filter(l -> !l.startsWith("#"))
          .map(l -> l.split("\t", -1))
          .filter(c -> c[0].equals(name))
          .findFirst()
          .map(
              c ->
                  new Sheet(
                      c[0],
                      c[1],
                      Integer.parseInt(c[2]),
                      Double.parseDouble(c[3]),
                      Double.parseDouble(c[4]),
                      Integer.parseInt(c[6]),
                      Double.parseDouble(c[7]),
                      Integer.parseInt(c[8]),
                      Integer.parseInt(c[9])))
          .orElseThrow(() -> new IllegalArgumentException("no sample sheet " + name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
