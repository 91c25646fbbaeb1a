package io.skillspassport.web.site;

import io.skillspassport.roles.boundary.RolePage;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * The figures {@code WEB-INF/includes/role-body.xhtml} draws for a role page — money amounts, the
 * weights bar chart, the compensation range — shared by the public page and the admin's preview so
 * both always render a role the same way. A subclass supplies the page.
 */
public abstract class RolePageFigures {

  /** Height of one bar row in the weights chart, in SVG user units. */
  static final int BAR_ROW = 34;

  /** The page being shown, or null before it is loaded. */
  public abstract RolePage getPage();

  /** A whole amount in the role's currency, such as $295,000. */
  public String money(long amount) {
    NumberFormat format = NumberFormat.getCurrencyInstance(Locale.US);
    format.setCurrency(Currency.getInstance(getPage().payRange().orElseThrow().currency()));
    format.setMaximumFractionDigits(0);
    return format.format(amount);
  }

  /** Bars of the weights chart, one per family, in the role's order. */
  public List<WeightBar> getWeightBars() {
    var weights = getPage().weights();
    return IntStream.range(0, weights.size())
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
    return getPage().weights().size() * BAR_ROW;
  }

  /** Where the compensation median falls between min and max, in percent of the range bar. */
  public long getMedianPosition() {
    var comp = getPage().payRange().orElseThrow();
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
