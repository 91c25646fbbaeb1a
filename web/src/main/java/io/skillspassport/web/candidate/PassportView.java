package io.skillspassport.web.candidate;

import io.skillspassport.credentials.boundary.Credentials;
import io.skillspassport.credentials.boundary.ExportedCredential;
import io.skillspassport.credentials.boundary.NothingToExport;
import io.skillspassport.passports.boundary.FamilyStanding;
import io.skillspassport.passports.boundary.PassportDashboard;
import io.skillspassport.passports.boundary.PassportResult;
import io.skillspassport.passports.boundary.Passports;
import io.skillspassport.passports.boundary.RoleReadiness;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Backs {@code candidate/passport.xhtml}: the caller's passport as a chart and a table, and a
 * readiness card per published role. The chart is server-rendered SVG (one row per family, the
 * score as a dot, the 95% band as an error bar on the 300–850 axis) so it needs no script and holds
 * under the strict CSP.
 */
@Named
@RequestScoped
public class PassportView {

  /** The chart's geometry, in SVG user units. */
  static final int CHART_WIDTH = 640;

  static final int PLOT_LEFT = 200;
  static final int PLOT_RIGHT = 620;
  static final int ROW_HEIGHT = 40;
  static final int TOP = 10;
  static final int SCALE_MIN = 300;
  static final int SCALE_MAX = 850;

  @Inject Passports passports;

  @Inject Credentials credentials;

  private PassportDashboard dashboard;
  private List<RoleReadiness> readiness;

  public void load() {
    dashboard = passports.dashboard();
    readiness = passports.readiness();
  }

  public PassportDashboard getDashboard() {
    return dashboard;
  }

  public List<RoleReadiness> getReadiness() {
    return readiness;
  }

  /**
   * One row of the chart.
   *
   * @param family the family on this row
   * @param y the top of the row
   * @param scoreX the dot's x, or the plot's middle when missing
   * @param bandLowX the error bar's left end
   * @param bandHighX the error bar's right end
   */
  public record ChartRow(
      FamilyStanding family, int y, double scoreX, double bandLowX, double bandHighX) {

    public int midY() {
      return y + ROW_HEIGHT / 2;
    }
  }

  /** A tick of the chart's axis. */
  public record Tick(int value, double x) {}

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
    } catch (NothingToExport e) {
      faces.addMessage(
          "credential-form", new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
      load();
    }
  }

  /** The chart rows, one per family in display order; none before {@link #load} ran (postback). */
  public List<ChartRow> getChartRows() {
    List<ChartRow> rows = new ArrayList<>();
    if (dashboard == null) {
      return rows;
    }
    int y = TOP;
    for (FamilyStanding f : dashboard.families()) {
      if (f.current().isPresent()) {
        PassportResult r = f.current().get();
        rows.add(new ChartRow(f, y, x(r.score()), x(r.bandLow()), x(r.bandHigh())));
      } else {
        double middle = (PLOT_LEFT + PLOT_RIGHT) / 2.0;
        rows.add(new ChartRow(f, y, middle, PLOT_LEFT, PLOT_RIGHT));
      }
      y += ROW_HEIGHT;
    }
    return rows;
  }

  public List<Tick> getTicks() {
    List<Tick> ticks = new ArrayList<>();
    for (int v = SCALE_MIN; v <= SCALE_MAX; v += 100) {
      ticks.add(new Tick(v, x(v)));
    }
    ticks.add(new Tick(SCALE_MAX, x(SCALE_MAX)));
    return ticks.stream().distinct().toList();
  }

  public int getPlotLeft() {
    return PLOT_LEFT;
  }

  public int getPlotRight() {
    return PLOT_RIGHT;
  }

  public int getChartWidth() {
    return CHART_WIDTH;
  }

  /** The y of the axis line below the last row. */
  public int getAxisY() {
    return TOP + ROW_HEIGHT * dashboard.families().size() + 4;
  }

  public int getChartHeight() {
    return getAxisY() + 26;
  }

  static double x(int score) {
    int clamped = Math.max(SCALE_MIN, Math.min(SCALE_MAX, score));
    return PLOT_LEFT
        + (double) (clamped - SCALE_MIN) * (PLOT_RIGHT - PLOT_LEFT) / (SCALE_MAX - SCALE_MIN);
  }

  public String day(Instant instant) {
    return Formats.day(instant);
  }

  public String oneDecimal(double value) {
    return Formats.oneDecimal(value);
  }

  public String percent(double probability) {
    return Formats.percent(probability);
  }

  /** The CSS modifier of a verdict badge: ready, borderline, not-yet or incomplete. */
  public String verdictClass(RoleReadiness r) {
    return r.verdict().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }
}
