package io.skillspassport.bundles.control;

import java.util.regex.Pattern;

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
    return appendPercent(new StringBuilder(4), probability).toString();
  }

  /** Appends {@link #percent} of a defined probability to {@code out}, unquoted. */
  static StringBuilder appendPercent(StringBuilder out, double probability) {
    double p = 100 * probability;
    if (p < 1) {
      return out.append("<1%");
    }
    if (p > 99) {
      return out.append(">99%");
    }
    return out.append(Math.round(p)).append('%');
  }

  /** Whole points, half up, as scores and bands are shown everywhere; empty when undefined. */
  public static String points(Double value) {
    return value == null ? "" : Long.toString(Math.round(value));
  }

  /** One cell: quoted, quotes doubled, a formula trigger at the start neutralised. */
  public static String cell(String text) {
    return appendCell(new StringBuilder(text.length() + 3), text).toString();
  }

  /** Appends {@link #cell} of {@code text} to {@code out}, without building the cell first. */
  static StringBuilder appendCell(StringBuilder out, String text) {
    out.append('"');
    if (!text.isEmpty()
        && TRIGGERS.indexOf(text.charAt(0)) >= 0
        && !NUMBER.matcher(text).matches()) {
      out.append('\'');
    }
    if (text.indexOf('"') < 0) {
      out.append(text);
    } else {
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (c == '"') {
          out.append('"');
        }
        out.append(c);
      }
    }
    return out.append('"');
  }

  /** A whole line: each value as a {@link #cell}, comma separated, ended by CR LF. */
  public static String line(Object... values) {
    StringBuilder out = new StringBuilder(16 * values.length + 2);
    for (int i = 0; i < values.length; i++) {
      if (i > 0) {
        out.append(',');
      }
      appendCell(out, String.valueOf(values[i]));
    }
    return out.append("\r\n").toString();
  }
}
