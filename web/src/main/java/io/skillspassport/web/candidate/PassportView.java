package io.skillspassport.web.candidate;

import io.skillspassport.credentials.boundary.Credentials;
import io.skillspassport.credentials.boundary.ExportedCredential;
import io.skillspassport.passports.boundary.PassportDashboard;
import io.skillspassport.passports.boundary.PassportOverview;
import io.skillspassport.passports.boundary.PassportResult;
import io.skillspassport.passports.boundary.Passports;
import io.skillspassport.passports.boundary.RoleReadiness;
import io.skillspassport.passports.boundary.WithdrawnResult;
import io.skillspassport.platform.boundary.Conflict;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.text.MessageFormat;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Backs {@code candidate/passport.xhtml}: the caller's passport as a chart and a table, and a
 * readiness card per published role. The chart is server-rendered SVG (one row per family, the
 * score as a dot, the 95% band as an error bar on the reporting scale's axis, lines at the scale
 * mean and the role thresholds; {@link PassportChart}) so it needs no script and holds under the
 * strict CSP.
 */
@Named
@RequestScoped
public class PassportView {

  /** The id of the figure caption that labels both charts ({@code candidate/passport.xhtml}). */
  static final String CHART_CAPTION_ID = "passport-chart-caption";

  @Inject Passports passports;

  @Inject Credentials credentials;

  private PassportDashboard dashboard;
  private List<RoleReadiness> readiness;
  private List<WithdrawnResult> withdrawn;
  private String wideChartSvg;
  private String narrowChartSvg;

  public void load() {
    PassportOverview overview = passports.overview();
    dashboard = overview.dashboard();
    readiness = overview.readiness();
    withdrawn = overview.withdrawn();
    wideChartSvg = null;
    narrowChartSvg = null;
  }

  public PassportDashboard getDashboard() {
    loaded();
    return dashboard;
  }

  public List<RoleReadiness> getReadiness() {
    loaded();
    return readiness;
  }

  /** The caller's results an admin withdrew, most recently withdrawn first, with the reasons. */
  public List<WithdrawnResult> getWithdrawn() {
    loaded();
    return withdrawn;
  }

  /**
   * Loads on first use when the view action has not run: on a postback (the credential download
   * form) Faces builds the page's tree, chart parameters included, without running it.
   */
  private void loaded() {
    if (dashboard == null) {
      load();
    }
  }

  /**
   * Exports the passport as a signed credential and sends it as a {@code .jwt} download; with no
   * current result, a message on the page instead.
   */
  public void downloadCredential() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    try {
      ExportedCredential credential = credentials.export();
      ExternalContext external = faces.getExternalContext();
      external.responseReset();
      external.setResponseContentType("application/vc+jwt");
      external.setResponseCharacterEncoding("US-ASCII");
      external.setResponseHeader(
          "Content-Disposition", "attachment; filename=\"" + credential.fileName() + "\"");
      external.setResponseHeader("Cache-Control", "no-store");
      external.getResponseOutputWriter().write(credential.token());
      faces.responseComplete();
    } catch (Conflict e) {
      faces.addMessage(
          "credential-form", new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
      load();
    }
  }

  /** The desktop chart as SVG markup; see {@link PassportChart} for why there are two. */
  public String getWideChartSvg() {
    if (wideChartSvg == null) {
      wideChartSvg =
          svg(
              PassportChart.wide(getDashboard().families(), thresholdLabels(), averageLabel()),
              "wide");
    }
    return wideChartSvg;
  }

  /** The phone chart as SVG markup. */
  public String getNarrowChartSvg() {
    if (narrowChartSvg == null) {
      narrowChartSvg =
          svg(
              PassportChart.narrow(getDashboard().families(), thresholdLabels(), averageLabel()),
              "narrow");
    }
    return narrowChartSvg;
  }

  private static String svg(PassportChart chart, String variant) {
    return PassportChartSvg.markup(
        chart, variant, CHART_CAPTION_ID, messages().getString("passport.chart.notMeasured"));
  }

  /** "Thresholds: ML Research Scientist 650." for the chart's caption; empty with no role. */
  public String getThresholdLegend() {
    if (getReadiness().isEmpty()) {
      return "";
    }
    String roles =
        getReadiness().stream()
            .map(r -> r.roleTitle() + " " + r.threshold())
            .collect(Collectors.joining(", "));
    return MessageFormat.format(messages().getString("passport.chart.thresholds"), roles);
  }

  /** A family score placed against the scale mean, in words. */
  public String meanSentence(PassportResult r) {
    return new ScorePlacement(r.score(), r.sem(), r.bandLow(), r.bandHigh())
        .meanSentence(messages());
  }

  /** The SEM as whole points, as on the result page. */
  public long semPoints(double sem) {
    return Math.round(sem);
  }

  /** A composite or band end as whole points, half up. */
  public long points(double value) {
    return Math.round(value);
  }

  private Map<Integer, String> thresholdLabels() {
    String label = messages().getString("passport.chart.threshold");
    Map<Integer, String> lines = new TreeMap<>();
    getReadiness().forEach(r -> lines.put(r.threshold(), label + " " + r.threshold()));
    return lines;
  }

  private String averageLabel() {
    return messages().getString("passport.chart.average");
  }

  private static ResourceBundle messages() {
    FacesContext faces = FacesContext.getCurrentInstance();
    return faces.getApplication().getResourceBundle(faces, "candidateMsg");
  }

  public String day(Instant instant) {
    return Formats.day(instant);
  }

  public String percent(double probability) {
    return Formats.percent(probability);
  }

  /** The CSS modifier of a verdict badge: ready, borderline, not-yet or incomplete. */
  public String verdictClass(RoleReadiness r) {
    return r.verdict().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }
}
