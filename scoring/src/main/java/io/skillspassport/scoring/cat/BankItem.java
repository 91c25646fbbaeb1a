package io.skillspassport.scoring.cat;

import io.skillspassport.scoring.irt.Item;
import java.util.Objects;

/**
 * A calibrated item of an adaptive bank with its content tag (the content area the item counts
 * towards in content balancing; empty when the bank is not balanced).
 *
 * @param item the item; its {@link Item#id()} identifies it in the bank
 * @param tag content area, never null (empty for none)
 */
public record BankItem(Item item, String tag) {

  /**
   * Validates.
   *
   * @throws NullPointerException if the item or tag is null
   */
  public BankItem {
    Objects.requireNonNull(item, "item");
    Objects.requireNonNull(tag, "tag of item " + item.id());
  }

  /**
   * An untagged bank item.
   *
   * @param item the item
   * @return the bank item with an empty tag
   */
  public static BankItem of(Item item) {
    return new BankItem(item, "");
  }

  /**
   * The item id.
   *
   * @return {@code item().id()}
   */
  public String id() {
    return item.id();
  }
}
