package io.skillspassport.web.site;

import io.skillspassport.roles.boundary.RolePage;
import io.skillspassport.roles.boundary.Roles;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.text.NumberFormat;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Currency;
import java.util.List;
import java.util.Locale;

/** Backs {@code role.xhtml}: one published role with every section, or the 404 page. */
@Named
@RequestScoped
public class RolePageView {

  /** Height of one bar row in the weights chart, in SVG user units. */
  static final int BAR_ROW = 34;

  @Inject Roles roles;

  @Inject FacesContext faces;

  private String slug;
  private RolePage page;

  /** Loads the role named by the {@code slug} view parameter; answers 404 when there is none. */
  public void load() throws IOException {
    page = roles.page(slug).orElse(null);
    if (page == null) {
      faces.getExternalContext().responseSendError(404, "No published role is called " + slug);
      faces.responseComplete();
    }
  }

  public String getSlug() {
    return slug;
  }

  public void setSlug(String slug) {
    this.slug = slug;
  }

  public RolePage getPage() {
    return page;
  }

  /** The publication date of the version shown, such as 27 Nov 2026 (UTC). */
  public String getPublishedOn() {
    return DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK)
        .withZone(ZoneOffset.UTC)
        .format(page.publishedAt());
  }

  /** A whole amount in the role's currency, such as $295,000. */
  public String money(long amount) {
    NumberFormat format = NumberFormat.getCurrencyInstance(Locale.US);
    format.setCurrency(Currency.getInstance(page.sections().compensation().currency()));
    format.setMaximumFractionDigits(0);
    return format.format(amount);
  }

  /** Bars of the weights chart, one per family, in the role's order. */
  public List<WeightBar> getWeightBars() {
    var weights = page.weights();
    return java.util.stream.IntStream.range(0, weights.size())
        .mapToObj(
            i -> {
              var w = weights.get(i);
              return new WeightBar(
                  w.familyName(),
                  w.relevance().toPlainString(),
                  (int) Math.round(w.relevance().doubleValue() * 100),
                  i * BAR_ROW,
                  Math.round(w.share() * 1000) / 10.0);
            })
        .toList();
  }

  /** Height of the weights chart in SVG user units. */
  public int getChartHeight() {
    return page.weights().size() * BAR_ROW;
  }

  /** Where the compensation median falls between min and max, in percent of the range bar. */
  public long getMedianPosition() {
    var comp = page.sections().compensation();
    return Math.round(100.0 * (comp.median() - comp.min()) / Math.max(1, comp.max() - comp.min()));
  }

  /**
   * One bar of the weights chart.
   *
   * @param percent relevance × 100: the bar's length on a 0–100 axis
   * @param y top of the bar's row
   * @param share the family's share of the total weight, in percent
   */
  public record WeightBar(String family, String relevance, int percent, int y, double share) {}
}
