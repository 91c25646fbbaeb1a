package io.skillspassport.scoring.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A tab-separated file: one header row, then data rows. Lines starting with {@code #} (provenance
 * comments) and blank lines are skipped; every row remembers its physical line number for error
 * messages.
 */
final class TsvFile {

  private static final Pattern DECIMAL =
      Pattern.compile("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?");
  private static final Pattern INTEGER = Pattern.compile("[-+]?\\d{1,9}");

  /** A data row. */
  record Row(int line, String[] cells) {}

  private final String name;
  private final int headerLine;
  private final String[] header;
  private final List<Row> rows;

  private TsvFile(String name, int headerLine, String[] header, List<Row> rows) {
    this.name = name;
    this.headerLine = headerLine;
    this.header = header;
    this.rows = rows;
  }

  static TsvFile read(String file) throws InputException {
    List<String> lines;
    try {
      lines = Files.readAllLines(Path.of(file), StandardCharsets.UTF_8);
    } catch (IOException | RuntimeException e) {
      throw new InputException(
          file + ": cannot read the file (" + e.getClass().getSimpleName() + ")");
    }
    String[] header = null;
    int headerLine = 0;
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (i == 0 && line.startsWith("\uFEFF")) {
        line = line.substring(1);
      }
      if (line.endsWith("\r")) {
        line = line.substring(0, line.length() - 1);
      }
      if (line.startsWith("#") || line.isBlank()) {
        continue;
      }
      String[] cells = line.split("\t", -1);
      for (int c = 0; c < cells.length; c++) {
        cells[c] = cells[c].strip();
      }
      if (header == null) {
        header = cells;
        headerLine = i + 1;
      } else {
        rows.add(new Row(i + 1, cells));
      }
    }
    if (header == null) {
      throw new InputException(file + ": no header row");
    }
    return new TsvFile(file, headerLine, header, rows);
  }

  String name() {
    return name;
  }

  String[] header() {
    return header.clone();
  }

  int headerLine() {
    return headerLine;
  }

  List<Row> rows() {
    return rows;
  }

  void requireHeader(String... expected) throws InputException {
    if (!Arrays.equals(header, expected)) {
      throw InputException.at(
          name,
          headerLine,
          "header '"
              + String.join("\\t", header)
              + "' should be '"
              + String.join("\\t", expected)
              + "'");
    }
  }

  InputException error(Row row, String message) {
    return InputException.at(name, row.line(), message);
  }

  double decimal(Row row, int column, String what) throws InputException {
    String cell = cell(row, column, what);
    if (!DECIMAL.matcher(cell).matches()) {
      throw error(row, what + " '" + cell + "' is not a decimal number");
    }
    double value = Double.parseDouble(cell);
    if (!Double.isFinite(value)) {
      throw error(row, what + " '" + cell + "' is not a finite number");
    }
    return value;
  }

  int integer(Row row, int column, String what) throws InputException {
    String cell = cell(row, column, what);
    if (!INTEGER.matcher(cell).matches()) {
      throw error(row, what + " '" + cell + "' is not an integer");
    }
    return Integer.parseInt(cell);
  }

  String cell(Row row, int column, String what) throws InputException {
    if (column >= row.cells().length || row.cells()[column].isEmpty()) {
      throw error(row, what + " is missing");
    }
    return row.cells()[column];
  }
}
