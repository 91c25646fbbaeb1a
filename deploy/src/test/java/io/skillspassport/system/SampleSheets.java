package io.skillspassport.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Fixed answer sheets for the shipped sample banks and their expected results, read from the web
 * module's {@code src/test/resources/reference/sample_sheets.tsv}, which {@code sample_sheets.py}
 * (same folder) computes from the brief's EAP and scale formulas, independently of the portal.
 */
public final class SampleSheets {

  /**
   * One answer sheet and its expected result.
   *
   * @param answers one character per item in bank order: the 0-based option, or {@code .} for none
   * @param band the band as the result page writes it, e.g. {@code 468–586}
   */
  public record Sheet(
      String name, String answers, int answered, int reported, int bandLow, int bandHigh) {

    /** The 0-based option chosen at {@code position} (1-based), or -1 for none. */
    public int option(int position) {
      char c = answers.charAt(position - 1);
      return c == '.' ? -1 : c - '0';
    }

    public int items() {
      return answers.length();
    }

    /** The last position with an answer: later items are never reached. */
    public int lastAnswered() {
      return answers.replaceAll("\\.+$", "").length();
    }

    public String band() {
      return bandLow + "–" + bandHigh;
    }
  }

  private SampleSheets() {}

  /** The sheet called {@code name}. */
  public static Sheet of(String name) {
    Path file =
        Path.of(System.getProperty("repo.root", ".."))
            .resolve("web/src/test/resources/reference/sample_sheets.tsv");
    try {
      return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
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
                      Integer.parseInt(c[6]),
                      Integer.parseInt(c[8]),
                      Integer.parseInt(c[9])))
          .orElseThrow(() -> new IllegalArgumentException("no sample sheet " + name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
