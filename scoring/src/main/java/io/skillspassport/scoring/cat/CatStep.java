package io.skillspassport.scoring.cat;

import io.skillspassport.scoring.irt.ThetaEstimate;
import java.util.List;

/** What a {@link CatSession} says to do next: administer an item, or stop. */
public sealed interface CatStep {

  /**
   * Show this item.
   *
   * @param item the item
   * @param pretest whether it is a pretest item (not scored)
   * @param setAside items Sympson–Hetter passed over for this candidate on the way (recorded by
   *     {@link CatSession#record} so they are not considered again)
   */
  record Administer(BankItem item, boolean pretest, List<String> setAside) implements CatStep {
    /** Copies the list. */
    public Administer {
      setAside = List.copyOf(setAside);
    }
  }

  /**
   * The test is over.
   *
   * @param reason why
   * @param estimate the final EAP estimate with its posterior SD
   * @param operationalItems scored items given
   */
  record Stop(StopReason reason, ThetaEstimate estimate, int operationalItems) implements CatStep {}
}
