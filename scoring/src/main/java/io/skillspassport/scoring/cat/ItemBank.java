package io.skillspassport.scoring.cat;

import io.skillspassport.scoring.irt.Item;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The operational items of an adaptive test, calibrated on one scale, with unique ids.
 *
 * <p>Edge cases: at least one item; ids unique (rejected naming the duplicate).
 */
public final class ItemBank {

  private final List<BankItem> items;
  private final Map<String, Integer> index;

  private ItemBank(List<BankItem> items) {
    this.items = items;
    this.index = new HashMap<>();
    for (int i = 0; i < items.size(); i++) {
      if (index.put(items.get(i).id(), i) != null) {
        throw new IllegalArgumentException("duplicate item id '" + items.get(i).id() + "' in bank");
      }
    }
  }

  /**
   * A bank of tagged items.
   *
   * @param items at least one, unique ids
   * @return the bank
   */
  public static ItemBank of(List<BankItem> items) {
    if (items == null || items.isEmpty()) {
      throw new IllegalArgumentException("an item bank needs at least one item");
    }
    return new ItemBank(List.copyOf(items));
  }

  /**
   * A bank of untagged items.
   *
   * @param items at least one, unique ids
   * @return the bank
   */
  public static ItemBank untagged(List<? extends Item> items) {
    List<BankItem> list = new ArrayList<>();
    for (Item item : items) {
      list.add(BankItem.of(item));
    }
    return of(list);
  }

  /**
   * The number of items.
   *
   * @return size
   */
  public int size() {
    return items.size();
  }

  /**
   * Item {@code i} in bank order.
   *
   * @param i index
   * @return the item
   */
  public BankItem item(int i) {
    return items.get(i);
  }

  /**
   * The items in bank order.
   *
   * @return an unmodifiable list
   */
  public List<BankItem> items() {
    return items;
  }

  /**
   * The position of an item.
   *
   * @param id item id
   * @return its index, or empty if it is not in the bank
   */
  public Optional<Integer> indexOf(String id) {
    return Optional.ofNullable(index.get(id));
  }
}
