package io.skillspassport.bundles.boundary;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Objects;

/**
 * A comparison as a CSV file, written row by row as it is produced: 100,000 candidates are never
 * held as one string or byte array, only the ranking they come from (which the comparison keeps
 * anyway). Access was checked and the viewings logged when the export was made; writing reads
 * memory only and needs no transaction.
 *
 * @param fileName suggested download name
 * @param body writes the UTF-8 bytes, starting with a byte order mark so spreadsheet programs read
 *     the encoding right
 */
public record CsvExport(String fileName, Body body) {

  public CsvExport {
    Objects.requireNonNull(fileName, "fileName");
    Objects.requireNonNull(body, "body");
  }

  /** Writes the file to {@code out} (buffered here; {@code out} is flushed, not closed). */
  public void writeTo(OutputStream out) throws IOException {
    body.writeTo(out);
  }

  /** The rows of a CSV file, produced while they are written. */
  @FunctionalInterface
  public interface Body {
    /** Writes every line to {@code out} and flushes it. */
    void writeTo(OutputStream out) throws IOException;
  }
}
