package io.skillspassport.scoring.cat;

import io.skillspassport.scoring.irt.Item;
import io.skillspassport.scoring.irt.Quadrature;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A bank with its rules, ready to run sessions: {@link #start()} opens an empty {@link CatSession},
 * {@link #resume(List)} rebuilds one from stored answers.
 *
 * <p>Ability is estimated by EAP with the N(0,1) prior on the {@link Quadrature#standard()} grid
 * (321 nodes on [−8, 8]) — the same estimate {@link io.skillspassport.scoring.irt.EapScorer} gives
 * for the operational items answered. The log probability of every category of every bank item at
 * every node is tabulated once here, so each answer updates the log posterior with one addition per
 * node. Immutable and thread-safe; sessions share the tables.
 *
 * <p>Validation: pretest item ids must not be bank ids; with content targets, every target tag must
 * have at least one bank item (items whose tag has no target are then never selected).
 */
public final class AdaptiveTest {

  private final ItemBank bank;
  private final CatRules rules;
  private final Quadrature quadrature;
  private final double[][] logTables;
  private final Map<String, PretestSlot> pretestById;

  private AdaptiveTest(ItemBank bank, CatRules rules, Quadrature quadrature, double[][] tables) {
    this.bank = bank;
    this.rules = rules;
    this.quadrature = quadrature;
    this.logTables = tables;
    this.pretestById = new HashMap<>();
    for (PretestSlot slot : rules.pretest()) {
      if (bank.indexOf(slot.item().id()).isPresent()) {
        throw new IllegalArgumentException(
            "pretest item '" + slot.item().id() + "' is also an operational bank item");
      }
      if (pretestById.put(slot.item().id(), slot) != null) {
        throw new IllegalArgumentException("pretest item '" + slot.item().id() + "' listed twice");
      }
    }
    for (String tag : rules.contentTargets().keySet()) {
      if (bank.items().stream().noneMatch(i -> i.tag().equals(tag))) {
        throw new IllegalArgumentException("content target '" + tag + "' has no item in the bank");
      }
    }
  }

  /**
   * An adaptive test.
   *
   * @param bank the operational items
   * @param rules the rules
   * @return the test
   */
  public static AdaptiveTest of(ItemBank bank, CatRules rules) {
    Objects.requireNonNull(bank, "bank");
    Objects.requireNonNull(rules, "rules");
    Quadrature q = Quadrature.standard();
    double[][] tables = new double[bank.size()][];
    for (int i = 0; i < bank.size(); i++) {
      Item item = bank.item(i).item();
      tables[i] = new double[item.categoryCount() * q.size()];
      for (int j = 0; j < item.categoryCount(); j++) {
        for (int n = 0; n < q.size(); n++) {
          tables[i][j * q.size() + n] =
              Math.log(item.probability(item.lowestResponse() + j, q.node(n)));
        }
      }
    }
    return new AdaptiveTest(bank, rules, q, tables);
  }

  /**
   * The same bank (and tables) under other rules.
   *
   * @param other the rules
   * @return the test
   */
  public AdaptiveTest withRules(CatRules other) {
    return new AdaptiveTest(bank, Objects.requireNonNull(other, "rules"), quadrature, logTables);
  }

  /**
   * A session with no answers yet.
   *
   * @return the session
   */
  public CatSession start() {
    return CatSession.start(this);
  }

  /**
   * A session rebuilt from stored answers, in the order given. Items Sympson–Hetter set aside are
   * not part of an answer, so a resumed session may consider them again; store the {@link
   * CatStep.Administer#setAside()} ids with the answers and pass them as excluded ids to keep them
   * out.
   *
   * @param answers the answers so far
   * @return the session
   * @throws IllegalArgumentException if an item is unknown, repeated, or a response is not one of
   *     its categories
   */
  public CatSession resume(List<CatSession.Answer> answers) {
    CatSession session = start();
    for (CatSession.Answer a : answers) {
      session = session.answer(a.itemId(), a.response());
    }
    return session;
  }

  /**
   * The bank.
   *
   * @return the bank
   */
  public ItemBank bank() {
    return bank;
  }

  /**
   * The rules.
   *
   * @return the rules
   */
  public CatRules rules() {
    return rules;
  }

  Quadrature quadrature() {
    return quadrature;
  }

  /** log P(category j of bank item i | θ_q) at {@code [i][j * nodes + q]}. */
  double[] logTable(int i) {
    return logTables[i];
  }

  PretestSlot pretest(String id) {
    return pretestById.get(id);
  }
}
