package io.skillspassport.bundles.control;

import java.util.Arrays;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * CSV cells a spreadsheet opens as text, never as a formula (RFC 4180 quoting plus the OWASP advice
 * on CSV injection).
 *
 * <p>Every cell is quoted, so a separator inside a value never splits it — whichever separator the
 * reader's locale expects: a bundle named {@code Q3;=cmd|'/C calc'!A0} stays one cell in a
 * semicolon locale instead of becoming a cell that starts with {@code =}. A quote inside is
 * doubled. A cell that starts with a formula trigger ({@code = + - @}, their full-width forms, tab
 * or carriage return) gets a leading apostrophe, which spreadsheets read as "this is text"; numbers
 * the portal formatted itself ({@code -12}, {@code 642.5}) are left as numbers.
 */
public final class CsvCells {

  private static final String TRIGGERS = "=+-@\t\r\uFF1D\uFF0B\uFF0D\uFF20";

  private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

  private CsvCells() {}

  /**
   * A probability as the portal shows it everywhere: a whole percentage, "&lt;1%" below 1% and
   * "&gt;99%" above 99% (0 and 1 included: a normal tail that underflowed is not certainty); empty
   * when undefined.
   */
  public static String percent(Double probability) {
    if (probability == null) {
      return "";
    }
    double p = 100 * probability;
    if (p < 1) {
      return "<1%";
    }
    if (p > 99) {
      return ">99%";
    }
    return Math.round(p) + "%";
  }

  /** Whole points, half up, as scores and bands are shown everywhere; empty when undefined. */
  public static String points(Double value) {
    return value == null ? "" : Long.toString(Math.round(value));
  }

  /** One cell: quoted, quotes doubled, a formula trigger at the start neutralised. */
  public static String cell(String text) {
    String value = text;
    if (!value.isEmpty()
        && TRIGGERS.indexOf(value.charAt(0)) >= 0
        && !NUMBER.matcher(value).matches()) {
      value = "'" + value;
    }
    return "\"" + value.replace("\"", "\"\"") + "\"";
  }

  /** A whole line: each value as a {@link #cell}, comma separated, ended by CR LF. */
  public static String line(Object... values) {
    return Arrays.stream(values)
        .map(v -> cell(String.valueOf(v)))
        .collect(Collectors.joining(",", "", "\r\n"));
  }
}
