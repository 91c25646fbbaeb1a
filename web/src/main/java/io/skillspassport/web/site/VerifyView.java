package io.skillspassport.web.site;

import io.skillspassport.credentials.boundary.CredentialSummary;
import io.skillspassport.credentials.boundary.FamilyScoreLine;
import io.skillspassport.credentials.boundary.VerificationReport;
import io.skillspassport.credentials.boundary.Verifications;
import io.skillspassport.scoring.scale.ReportingScale;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Backs the public {@code verify.xhtml}: anyone pastes a credential (or picks its file, which a
 * small script reads into the same field), or arrives by a credential's verification link ({@code
 * ?c=CODE}), and sees the verdict with its reasons and, for an authentic credential, every family
 * score with its 95% band and SEM, drawn as on the passport. No sign-in; the verification is the
 * same code as the offline tool's.
 */
@Named
@RequestScoped
public class VerifyView {

  static final int CHART_WIDTH = 640;
  static final int PLOT_LEFT = 200;
  static final int PLOT_RIGHT = 620;
  static final int ROW_HEIGHT = 40;
  static final int TOP = 10;

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ROOT).withZone(ZoneOffset.UTC);

  @Inject Verifications verifications;

  private String code;
  private String token;
  private VerificationReport report;
  private boolean unknownCode;

  /** On a verification link: looks the credential up by its code and verifies it. */
  public void load() {
    if (code == null || code.isBlank()) {
      return;
    }
    Optional<String> found = verifications.byShortCode(code.strip());
    if (found.isEmpty()) {
      unknownCode = true;
      return;
    }
    token = found.get();
    report = verifications.verify(token);
  }

  /** Verifies what was pasted. */
  public void verify() {
    report = verifications.verify(token == null ? "" : token);
  }

  /** One row of the chart. */
  public record ChartRow(FamilyScoreLine family, int y, double scoreX, double lowX, double highX) {
    public int midY() {
      return y + ROW_HEIGHT / 2;
    }
  }

  /** A tick of the chart's axis. */
  public record Tick(int value, double x) {}

  public List<ChartRow> getChartRows() {
    List<ChartRow> rows = new ArrayList<>();
    int y = TOP;
    for (FamilyScoreLine f : getFamilies()) {
      rows.add(new ChartRow(f, y, x(f.score()), x(f.bandLow()), x(f.bandHigh())));
      y += ROW_HEIGHT;
    }
    return rows;
  }

  public List<Tick> getTicks() {
    List<Tick> ticks = new ArrayList<>();
    ReportingScale scale = ReportingScale.standard();
    for (int v = scale.minimum(); v <= scale.maximum(); v += 100) {
      ticks.add(new Tick(v, x(v)));
    }
    ticks.add(new Tick(scale.maximum(), x(scale.maximum())));
    return ticks.stream().distinct().toList();
  }

  public List<FamilyScoreLine> getFamilies() {
    return getCredential().map(CredentialSummary::families).orElse(List.of());
  }

  public Optional<CredentialSummary> getCredential() {
    return report == null ? Optional.empty() : report.credential();
  }

  public int getAxisY() {
    return TOP + ROW_HEIGHT * getFamilies().size() + 4;
  }

  public int getChartHeight() {
    return getAxisY() + 26;
  }

  public int getChartWidth() {
    return CHART_WIDTH;
  }

  public int getPlotLeft() {
    return PLOT_LEFT;
  }

  public int getPlotRight() {
    return PLOT_RIGHT;
  }

  static double x(int score) {
    return PLOT_LEFT + ReportingScale.standard().fraction(score) * (PLOT_RIGHT - PLOT_LEFT);
  }

  /** The CSS modifier and message key of the verdict: valid, invalid, revoked, malformed. */
  public String getOutcome() {
    return report == null ? "" : report.outcome().name().toLowerCase(Locale.ROOT);
  }

  public String day(Instant instant) {
    return instant == null ? "" : DAY.format(instant);
  }

  /** An SEM as whole points, as on every other page. */
  public String whole(double value) {
    return Long.toString(Math.round(value));
  }

  public VerificationReport getReport() {
    return report;
  }

  public boolean isUnknownCode() {
    return unknownCode;
  }

  public int getMaxLength() {
    return Verifications.MAX_LENGTH;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public String getToken() {
    return token;
  }

  public void setToken(String token) {
    this.token = token;
  }
}
