package io.skillspassport.web.candidate;

import static io.skillspassport.web.candidate.PassportChartTest.measured;
import static io.skillspassport.web.candidate.PassportChartTest.missing;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * The chart's SVG markup, read back with the JDK's XML parser: well-formed, one element per tick,
 * marker and family at the geometry's coordinates, and text that a family name cannot break out of.
 */
class PassportChartSvgTest {

  private static Document parse(String markup) throws Exception {
    var factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return factory.newDocumentBuilder().parse(new InputSource(new StringReader(markup)));
  }

  private static List<Element> withClass(Document svg, String tag, String cssClass) {
    NodeList all = svg.getElementsByTagName(tag);
    List<Element> found = new ArrayList<>();
    for (int i = 0; i < all.getLength(); i++) {
      Element e = (Element) all.item(i);
      if (List.of(e.getAttribute("class").split(" ")).contains(cssClass)) {
        found.add(e);
      }
    }
    return found;
  }

  @Test
  void drawsEveryTickMarkerAndFamilyAtTheGeometrysCoordinates() throws Exception {
    var chart =
        PassportChart.wide(
            List.of(measured("Python", 715, 664, 766), missing("Communication")),
            Map.of(650, "threshold 650"),
            "average");
    Document svg = parse(PassportChartSvg.markup(chart, "wide", "caption-1", "not measured"));

    Element root = svg.getDocumentElement();
    assertEquals("svg", root.getTagName());
    assertEquals("passport-chart-svg passport-chart-wide", root.getAttribute("class"));
    assertEquals("0 0 960 " + chart.getHeight(), root.getAttribute("viewBox"));
    assertEquals("caption-1", root.getAttribute("aria-labelledby"));

    List<Element> grid = withClass(svg, "line", "passport-grid");
    assertEquals(chart.getTicks().size(), grid.size());
    assertEquals("230.0", grid.get(0).getAttribute("x1"));
    assertEquals("940.0", grid.get(grid.size() - 1).getAttribute("x2"));
    List<Element> ticks = withClass(svg, "text", "passport-tick");
    assertEquals("300", ticks.get(0).getTextContent());
    assertEquals("850", ticks.get(ticks.size() - 1).getTextContent());

    assertEquals(
        PassportChart.coordinate(230 + 275.0 * 710 / 550),
        withClass(svg, "line", "passport-mean").get(0).getAttribute("x1"));
    assertEquals("threshold 650", withClass(svg, "text", "threshold").get(0).getTextContent());

    List<Element> rows = withClass(svg, "g", "passport-row");
    assertEquals(2, rows.size());
    assertEquals("passport-row measured", rows.get(0).getAttribute("class"));
    Element dot = withClass(svg, "circle", "passport-dot").get(0);
    assertEquals(PassportChart.coordinate(chart.rows().get(0).scoreX()), dot.getAttribute("cx"));
    assertEquals("715", withClass(svg, "text", "passport-value").get(0).getTextContent());
    List<Element> band = withClass(svg, "line", "passport-band");
    assertEquals(PassportChart.coordinate(230 + 364.0 * 710 / 550), band.get(0).getAttribute("x1"));
    assertEquals(PassportChart.coordinate(230 + 466.0 * 710 / 550), band.get(0).getAttribute("x2"));
    assertEquals(2, withClass(svg, "line", "passport-band-cap").size());

    assertEquals("passport-row missing", rows.get(1).getAttribute("class"));
    assertEquals(1, withClass(svg, "rect", "passport-empty").size());
    assertEquals(
        "not measured", withClass(svg, "text", "passport-not-measured").get(0).getTextContent());
    assertEquals(
        List.of("Python", "Communication"),
        withClass(svg, "text", "passport-label").stream().map(Element::getTextContent).toList());
  }

  @Test
  void namesAndLabelsAreTextNotMarkup() throws Exception {
    String name = "R&D <script>alert(1)</script> \"lab\" 'x'";
    var chart =
        PassportChart.narrow(
            List.of(missing(name)), Map.of(650, "<b>threshold</b> 650"), "average & more");
    String markup = PassportChartSvg.markup(chart, "narrow\"><script>", "c'", "<i>none</i>");
    Document svg = parse(markup);

    assertFalse(markup.contains("<script>"));
    assertEquals(0, svg.getElementsByTagName("script").getLength());
    assertEquals(0, svg.getElementsByTagName("b").getLength());
    assertEquals(name, withClass(svg, "text", "passport-label").get(0).getTextContent());
    assertEquals(
        "<b>threshold</b> 650", withClass(svg, "text", "threshold").get(0).getTextContent());
    assertEquals("average & more 575", withClass(svg, "text", "mean").get(0).getTextContent());
    assertEquals(
        "<i>none</i>", withClass(svg, "text", "passport-not-measured").get(0).getTextContent());
    assertEquals(
        "passport-chart-svg passport-chart-narrow\"><script>",
        svg.getDocumentElement().getAttribute("class"));
    assertEquals("c'", svg.getDocumentElement().getAttribute("aria-labelledby"));
  }

  @Test
  void coordinatesHaveOneDecimalRoundedHalfUp() {
    assertEquals("230.0", PassportChart.coordinate(230));
    assertEquals("294.5", PassportChart.coordinate(294.54545));
    assertEquals("294.6", PassportChart.coordinate(294.55));
    assertEquals("0.1", PassportChart.coordinate(0.05));
    assertEquals("0.0", PassportChart.coordinate(0.04));
    assertEquals("-12.3", PassportChart.coordinate(-12.34));
    assertEquals("0.0", PassportChart.coordinate(-0.04));
    assertEquals("940.0", PassportChart.coordinate(939.96));
  }
}
