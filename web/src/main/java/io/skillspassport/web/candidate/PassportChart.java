package io.skillspassport.web.candidate;

import io.skillspassport.passports.boundary.FamilyStanding;
import io.skillspassport.passports.boundary.PassportResult;
import io.skillspassport.scoring.scale.ReportingScale;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The geometry of the passport chart: one row per family (the score as a dot, the 95% band as an
 * error bar), vertical lines at the scale mean and at each published role threshold, on the
 * reporting scale's axis ({@code ReportingScale}).
 *
 * <p>Why two layouts: one SVG scaled from a desktop width to a 390-px phone shrinks its labels to
 * about half their size. The page renders a {@link #wide} chart (family names left of the rows, the
 * plot across the rest of the content column) and a {@link #narrow} one (names above each row, the
 * plot across the whole width), and the style sheet shows the one that fits; both keep text at
 * roughly its CSS size because their widths are close to the width they are shown at.
 *
 * @param width the viewBox width in user units
 * @param plotLeft x of the scale's minimum
 * @param plotRight x of the scale's maximum
 * @param rowHeight height of one family's row
 * @param labelsAbove whether family names sit above their row instead of left of it
 * @param rows the family rows
 * @param markers the mean and the threshold lines
 */
public record PassportChart(
    int width,
    int plotLeft,
    int plotRight,
    int rowHeight,
    boolean labelsAbove,
    List<Row> rows,
    List<Marker> markers) {

  /** Room above the first row for the markers' labels. */
  static final int TOP = 34;

  public PassportChart {
    rows = List.copyOf(rows);
    markers = List.copyOf(markers);
  }

  /**
   * One family's row.
   *
   * @param family the family
   * @param y the top of the row
   * @param scoreX the dot's x (the plot's middle when the family is missing)
   * @param bandLowX the left end of the error bar
   * @param bandHighX the right end of the error bar
   * @param barY the y of the dot and bar
   */
  public record Row(
      FamilyStanding family, int y, double scoreX, double bandLowX, double bandHighX, int barY) {}

  /**
   * A vertical reference line.
   *
   * @param value the scale value it marks
   * @param x its x
   * @param label its short label ("average 575", "threshold 650")
   * @param mean whether it is the scale mean (else a role threshold)
   * @param labelY the y of its label (staggered so that close labels do not overlap)
   * @param anchor the label's text-anchor, kept inside the chart near its edges
   */
  public record Marker(
      int value, double x, String label, boolean mean, int labelY, String anchor) {}

  /** An axis tick. */
  public record Tick(int value, double x) {}

  /** Desktop layout: 960 units wide, names in a 220-unit column on the left. */
  public static PassportChart wide(
      List<FamilyStanding> families, Map<Integer, String> thresholds, String averageLabel) {
    return of(960, 230, 940, 40, false, families, thresholds, averageLabel);
  }

  /** Phone layout: 360 units wide, each name above its row, the plot across the whole width. */
  public static PassportChart narrow(
      List<FamilyStanding> families, Map<Integer, String> thresholds, String averageLabel) {
    return of(360, 14, 346, 54, true, families, thresholds, averageLabel);
  }

  private static PassportChart of(
      int width,
      int left,
      int right,
      int rowHeight,
      boolean labelsAbove,
      List<FamilyStanding> families,
      Map<Integer, String> thresholds,
      String averageLabel) {
    List<Row> rows = new ArrayList<>();
    int y = TOP;
    for (FamilyStanding f : families) {
      int barY = labelsAbove ? y + 34 : y + rowHeight / 2;
      if (f.current().isPresent()) {
        PassportResult r = f.current().get();
        rows.add(
            new Row(
                f,
                y,
                x(r.score(), left, right),
                x(r.bandLow(), left, right),
                x(r.bandHigh(), left, right),
                barY));
      } else {
        rows.add(new Row(f, y, (left + right) / 2.0, left, right, barY));
      }
      y += rowHeight;
    }
    Map<Integer, String> lines = new TreeMap<>(thresholds);
    int mean = ScorePlacement.mean();
    List<Marker> markers = new ArrayList<>();
    markers.add(marker(mean, averageLabel + " " + mean, true, 0, left, right, width));
    int level = 1;
    for (Map.Entry<Integer, String> t : lines.entrySet()) {
      markers.add(marker(t.getKey(), t.getValue(), false, level++ % 2, left, right, width));
    }
    return new PassportChart(width, left, right, rowHeight, labelsAbove, rows, markers);
  }

  private static Marker marker(
      int value, String label, boolean mean, int level, int left, int right, int width) {
    double x = x(value, left, right);
    String anchor = x < width * 0.2 ? "start" : x > width * 0.8 ? "end" : "middle";
    return new Marker(value, x, label, mean, 14 + 14 * level, anchor);
  }

  /** The x of {@code score}, clamped to the scale. */
  static double x(int score, int left, int right) {
    return left + ReportingScale.standard().fraction(score) * (right - left);
  }

  /** The y of the axis, below the last row. */
  public int getAxisY() {
    return TOP + rowHeight * rows.size() + 4;
  }

  public int getHeight() {
    return getAxisY() + 26;
  }

  /** The top of the reference lines (just below their labels). */
  public int getMarkerTop() {
    return TOP - 4;
  }

  /** Ticks every 100 points from the minimum, and the maximum; fewer on the narrow chart. */
  public List<Tick> getTicks() {
    ReportingScale scale = ReportingScale.standard();
    int step = labelsAbove ? 100 : 50;
    List<Tick> ticks = new ArrayList<>();
    for (int v = scale.minimum(); v < scale.maximum(); v += step) {
      if (labelsAbove && scale.maximum() - v < step) {
        break;
      }
      ticks.add(new Tick(v, x(v, plotLeft, plotRight)));
    }
    ticks.add(new Tick(scale.maximum(), x(scale.maximum(), plotLeft, plotRight)));
    return ticks;
  }

  /**
   * A number as SVG wants it: a dot and one decimal, rounded half up ({@code 294.54} is {@code
   * "294.5"}, {@code 230} is {@code "230.0"}). Built by hand: {@code String.format} parses its
   * pattern on every call, and the two charts write about a hundred and fifty of these per page.
   */
  public static String coordinate(double value) {
    long tenths = Math.round(Math.abs(value) * 10);
    String sign = value < 0 && tenths != 0 ? "-" : "";
    return sign + tenths / 10 + "." + tenths % 10;
  }
}
