package io.skillspassport.scoring.testing;

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
 * A tab-separated reference file from the test resources: {@code #} lines (provenance) are skipped,
 * the first other line is the header, {@code NA} marks an undefined value.
 */
public final class ReferenceTable {

  private final String name;
  private final List<String> header;
  private final List<Row> rows;

  private ReferenceTable(String name, List<String> header, List<Row> rows) {
    this.name = name;
    this.header = header;
    this.rows = rows;
  }

  /**
   * Loads {@code /reference/NAME} from the classpath.
   *
   * @param name file name
   * @return the table
   */
  public static ReferenceTable load(String name) {
    return loadResource("/reference/" + name);
  }

  /**
   * Loads a classpath resource.
   *
   * @param resource absolute resource path
   * @return the table
   */
  public static ReferenceTable loadResource(String resource) {
    InputStream in = ReferenceTable.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("missing test resource " + resource);
    }
    List<String> header = null;
    List<Row> rows = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (line.startsWith("#") || line.isBlank()) {
          continue;
        }
        List<String> cells = Arrays.asList(line.split("\t", -1));
        if (header == null) {
          header = cells;
        } else {
          rows.add(new Row(resource, cells));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ReferenceTable table = new ReferenceTable(resource, List.copyOf(header), rows);
    rows.forEach(row -> row.table = table);
    return table;
  }

  /**
   * The data rows.
   *
   * @return rows in file order
   */
  public List<Row> rows() {
    return rows;
  }

  /**
   * The first row whose column equals a value.
   *
   * @param column column name
   * @param value the value
   * @return the row
   */
  public Row rowWhere(String column, String value) {
    return rows.stream()
        .filter(r -> r.text(column).equals(value))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException(name + " has no row " + column + "=" + value));
  }

  int column(String column) {
    int i = header.indexOf(column);
    if (i < 0) {
      throw new IllegalStateException(name + " has no column " + column + " in " + header);
    }
    return i;
  }

  /** One data row. */
  public static final class Row {
    private final String resource;
    private final List<String> cells;
    private ReferenceTable table;

    private Row(String resource, List<String> cells) {
      this.resource = resource;
      this.cells = cells;
    }

    /**
     * A cell as text.
     *
     * @param column column name
     * @return the text
     */
    public String text(String column) {
      return cells.get(table.column(column));
    }

    /**
     * Whether a cell is NA.
     *
     * @param column column name
     * @return true if NA
     */
    public boolean isNa(String column) {
      return text(column).equals("NA");
    }

    /**
     * A cell as a number.
     *
     * @param column column name
     * @return the value
     */
    public double number(String column) {
      String t = text(column);
      if (t.equals("NA")) {
        throw new IllegalStateException(resource + ": " + column + " is NA in " + cells);
      }
      return Double.parseDouble(t);
    }

    /**
     * A cell as an int.
     *
     * @param column column name
     * @return the value
     */
    public int integer(String column) {
      return Integer.parseInt(text(column));
    }

    /**
     * A TRUE/FALSE cell.
     *
     * @param column column name
     * @return the value
     */
    public boolean bool(String column) {
      return Boolean.parseBoolean(text(column).toLowerCase());
    }

    @Override
    public String toString() {
      return String.join("\t", cells);
    }
  }
}
