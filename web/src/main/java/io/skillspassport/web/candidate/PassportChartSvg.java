package io.skillspassport.web.candidate;

/**
 * Writes a {@link PassportChart} as the SVG element the dashboard shows: grid lines and tick labels
 * every step of the scale, the axis, a line and a label for the mean and each role threshold, and
 * per family its name and either the score's dot with its band as an error bar or a "not measured"
 * box. The page puts the markup in unchanged ({@code h:outputText escape="false"}), so every text
 * and attribute value written here goes through {@link #text} or {@link #attribute}, which escape
 * the characters XML gives a meaning to; family names are admin-edited.
 *
 * <p>Why in Java rather than in Facelets: the two charts were about four hundred EL expressions, a
 * third of the dashboard's CPU time per request (JFR, {@code deploy/bin/page-profile.sh}); written
 * here they are a few microseconds of string building (issue 13, item 5).
 */
final class PassportChartSvg {

  private final StringBuilder out = new StringBuilder(8_192);

  private PassportChartSvg() {}

  /**
   * The chart's SVG element.
   *
   * @param chart the geometry
   * @param variant {@code wide} or {@code narrow}: the class the style sheet shows by width
   * @param captionId the id of the caption that labels the chart
   * @param notMeasured the words in a missing family's row
   */
  static String markup(PassportChart chart, String variant, String captionId, String notMeasured) {
    return new PassportChartSvg().chart(chart, variant, captionId, notMeasured).out.toString();
  }

  private PassportChartSvg chart(
      PassportChart chart, String variant, String captionId, String notMeasured) {
    int top = chart.getMarkerTop();
    int axis = chart.getAxisY();
    out.append("<svg class=\"passport-chart-svg passport-chart-");
    attribute(variant);
    out.append("\" viewBox=\"0 0 ")
        .append(chart.width())
        .append(' ')
        .append(chart.getHeight())
        .append("\" role=\"img\" aria-labelledby=\"");
    attribute(captionId);
    out.append("\">\n");
    for (PassportChart.Tick tick : chart.getTicks()) {
      String x = PassportChart.coordinate(tick.x());
      line("passport-grid", x, x, Integer.toString(top), Integer.toString(axis));
      textStart("passport-tick", x, Integer.toString(axis + 18), "middle");
      out.append(tick.value()).append("</text>\n");
    }
    line(
        "passport-axis",
        Integer.toString(chart.plotLeft()),
        Integer.toString(chart.plotRight()),
        Integer.toString(axis),
        Integer.toString(axis));
    for (PassportChart.Marker m : chart.markers()) {
      String x = PassportChart.coordinate(m.x());
      line(
          m.mean() ? "passport-mean" : "passport-threshold",
          x,
          x,
          Integer.toString(top),
          Integer.toString(axis));
      textStart(
          m.mean() ? "passport-marker-label mean" : "passport-marker-label threshold",
          x,
          Integer.toString(m.labelY()),
          m.anchor());
      text(m.label());
      out.append("</text>\n");
    }
    for (PassportChart.Row row : chart.rows()) {
      row(chart, row, notMeasured);
    }
    out.append("</svg>");
    return this;
  }

  private void row(PassportChart chart, PassportChart.Row row, String notMeasured) {
    boolean measured = row.family().measured();
    int bar = row.barY();
    out.append("<g class=\"passport-row ")
        .append(measured ? "measured" : "missing")
        .append("\">\n");
    out.append("<text class=\"passport-label\" x=\"")
        .append(chart.labelsAbove() ? chart.plotLeft() : 0)
        .append("\" y=\"")
        .append(chart.labelsAbove() ? row.y() + 16 : bar + 5)
        .append("\">");
    text(row.family().name());
    out.append("</text>\n");
    String y = Integer.toString(bar);
    String score = PassportChart.coordinate(row.scoreX());
    if (measured) {
      String low = PassportChart.coordinate(row.bandLowX());
      String high = PassportChart.coordinate(row.bandHighX());
      String capTop = Integer.toString(bar - 7);
      String capBottom = Integer.toString(bar + 7);
      line("passport-band", low, high, y, y);
      line("passport-band-cap", low, low, capTop, capBottom);
      line("passport-band-cap", high, high, capTop, capBottom);
      out.append("<circle class=\"passport-dot\" cx=\"")
          .append(score)
          .append("\" cy=\"")
          .append(y)
          .append("\" r=\"6\"></circle>\n");
      textStart("passport-value", score, Integer.toString(bar - 10), "middle");
      out.append(row.family().current().orElseThrow().score()).append("</text>\n");
    } else {
      out.append("<rect class=\"passport-empty\" x=\"")
          .append(chart.plotLeft())
          .append("\" y=\"")
          .append(bar - 9)
          .append("\" width=\"")
          .append(chart.plotRight() - chart.plotLeft())
          .append("\" height=\"18\" rx=\"4\"></rect>\n");
      textStart("passport-not-measured", score, Integer.toString(bar + 5), "middle");
      text(notMeasured);
      out.append("</text>\n");
    }
    out.append("</g>\n");
  }

  private void line(String cssClass, String x1, String x2, String y1, String y2) {
    out.append("<line class=\"")
        .append(cssClass)
        .append("\" x1=\"")
        .append(x1)
        .append("\" x2=\"")
        .append(x2)
        .append("\" y1=\"")
        .append(y1)
        .append("\" y2=\"")
        .append(y2)
        .append("\"></line>\n");
  }

  private void textStart(String cssClass, String x, String y, String anchor) {
    out.append("<text class=\"")
        .append(cssClass)
        .append("\" x=\"")
        .append(x)
        .append("\" y=\"")
        .append(y)
        .append("\" text-anchor=\"");
    attribute(anchor);
    out.append("\">");
  }

  /** Character data: {@code & < >} escaped. */
  private void text(String value) {
    escape(value, false);
  }

  /** An attribute value between double quotes: {@code & < > " '} escaped. */
  private void attribute(String value) {
    escape(value, true);
  }

  private void escape(String value, boolean inAttribute) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append(inAttribute ? "&quot;" : "\"");
        case '\'' -> out.append(inAttribute ? "&#39;" : "'");
        default -> out.append(c);
      }
    }
  }
}
