package io.skillspassport.scoring.testing;

import io.skillspassport.scoring.irt.Form;
import io.skillspassport.scoring.irt.GradedResponseItem;
import io.skillspassport.scoring.irt.Item;
import io.skillspassport.scoring.irt.TwoPlItem;
import java.util.ArrayList;
import java.util.List;

/** The calibrated forms of the reference files, built from their slope-intercept parameters. */
public final class ReferenceForms {

  private ReferenceForms() {}

  /**
   * LSAT section 7, five 2PL items ({@code lsat7_2pl_fixed_item_parameters.tsv}, a and d).
   *
   * @return the form
   */
  public static Form lsat7() {
    List<Item> items = new ArrayList<>();
    for (ReferenceTable.Row r : ReferenceTable.load("lsat7_2pl_fixed_item_parameters.tsv").rows()) {
      items.add(TwoPlItem.ofIntercept(r.text("item"), r.number("a"), r.number("d")));
    }
    return Form.of(items);
  }

  /**
   * Science attitude, four graded items with four categories ({@code
   * science_grm_fixed_item_parameters.tsv}, a and d1..d3).
   *
   * @return the form
   */
  public static Form science() {
    List<Item> items = new ArrayList<>();
    for (ReferenceTable.Row r :
        ReferenceTable.load("science_grm_fixed_item_parameters.tsv").rows()) {
      items.add(
          GradedResponseItem.ofIntercepts(
              r.text("item"), r.number("a"), r.number("d1"), r.number("d2"), r.number("d3")));
    }
    return Form.of(items);
  }
}
