package io.skillspassport.web.admin;

import io.skillspassport.roles.boundary.ContentRejected;
import io.skillspassport.roles.boundary.RoleAdministration;
import io.skillspassport.roles.boundary.RolePage;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * Backs {@code admin/role-preview.xhtml?slug=}: the saved draft of a role rendered with the public
 * page's sections ({@code WEB-INF/includes/role-body.xhtml}), before anyone else can see it.
 */
@Named
@RequestScoped
public class RolePreviewView {

  /** Height of one bar row in the weights chart, as on the public page. */
  static final int BAR_ROW = 34;

  @Inject RoleAdministration roles;

  @Inject FacesContext faces;

  private String slug;
  private RolePage page;

  /** Loads the draft of the role named by {@code slug}; answers 404 for an unknown role. */
  public void load() throws IOException {
    try {
      page = roles.preview(slug);
    } catch (ContentRejected unknown) {
      faces.getExternalContext().responseSendError(404, "No role is called " + slug);
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

  /** A whole amount in the role's currency, such as $295,000. */
  public String money(long amount) {
    NumberFormat format = NumberFormat.getCurrencyInstance(Locale.US);
    format.setCurrency(Currency.getInstance(page.sections().compensation().currency()));
    format.setMaximumFractionDigits(0);
    return format.format(amount);
  }

  /** Bars of the weights chart, one per family, in the role's order. */
  public List<Bar> getWeightBars() {
    var weights = page.weights();
    return IntStream.range(0, weights.size())
        .mapToObj(
            i -> {
              var w = weights.get(i);
              return new Bar(
                  w.familyName(),
                  w.relevance().toPlainString(),
                  (int) Math.round(w.relevance().doubleValue() * 100),
                  i * BAR_ROW,
                  Math.round(w.share() * 1000) / 10.0);
            })
        .toList();
  }

  public int getChartHeight() {
    return page.weights().size() * BAR_ROW;
  }

  /** Where the compensation median falls between min and max, in percent of the range bar. */
  public long getMedianPosition() {
    var comp = page.sections().compensation();
    return Math.round(100.0 * (comp.median() - comp.min()) / Math.max(1, comp.max() - comp.min()));
  }

  /** One bar of the weights chart, with the same fields as the public page's. */
  public record Bar(String family, String relevance, int percent, int y, double share) {}
}
