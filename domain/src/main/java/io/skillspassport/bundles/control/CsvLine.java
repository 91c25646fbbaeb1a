package io.skillspassport.bundles.control;

import java.io.IOException;
import java.io.Writer;

/**
 * One CSV line built cell by cell in a buffer that is reused for every line, with exactly the cells
 * {@link CsvCells#line} writes: for an export of 100,000 rows of 34 cells this replaces about 3.4
 * million cell strings, a stream and a joined string per row by appends into one {@link
 * StringBuilder}. Not thread-safe: one per export.
 *
 * <p>{@link #number} is for numbers the portal formatted itself: {@link CsvCells#cell} of their
 * decimal text is the text quoted (a leading minus sign is not neutralised, the cell is a number),
 * so they are appended without the text checks.
 */
public final class CsvLine {

  private final StringBuilder line = new StringBuilder(1024);

  private char[] chars = new char[1024];

  /** A text cell, as {@link CsvCells#cell}. */
  public CsvLine text(String value) {
    CsvCells.appendCell(separated(), value);
    return this;
  }

  /** A whole number the portal formatted: its decimal digits, quoted. */
  public CsvLine number(long value) {
    separated().append('"').append(value).append('"');
    return this;
  }

  /** {@link CsvCells#points} of a defined value: whole points, half up. */
  public CsvLine points(double value) {
    return number(Math.round(value));
  }

  /** {@link CsvCells#percent} of a defined probability. */
  public CsvLine percent(double probability) {
    CsvCells.appendPercent(separated().append('"'), probability).append('"');
    return this;
  }

  /** An empty cell. */
  public CsvLine empty() {
    separated().append("\"\"");
    return this;
  }

  /** Ends the line with CR LF, writes it to {@code out} and starts the next one. */
  public void writeTo(Writer out) throws IOException {
    line.append("\r\n");
    int length = line.length();
    if (chars.length < length) {
      chars = new char[Math.max(length, 2 * chars.length)];
    }
    line.getChars(0, length, chars, 0);
    out.write(chars, 0, length);
    line.setLength(0);
  }

  private StringBuilder separated() {
    return line.isEmpty() ? line : line.append(',');
  }
}
