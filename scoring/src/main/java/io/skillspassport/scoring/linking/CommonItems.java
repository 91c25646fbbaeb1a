package io.skillspassport.scoring.linking;

import io.skillspassport.scoring.irt.Item;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The items two calibrations have in common, paired by id: each pair is the item as calibrated on
 * the new scale and as it stands in the base (bank) scale.
 *
 * <p>Edge cases, rejected naming the value: fewer than two common items (a line needs two points —
 * and mean/sigma a spread), a common item whose category counts differ between the two files, or
 * duplicate ids within one list.
 *
 * @param newItems the common items on the new scale, in the new list's order
 * @param baseItems the same items on the base scale, index for index
 */
public record CommonItems(List<Item> newItems, List<Item> baseItems) {

  /** Copies the lists. */
  public CommonItems {
    newItems = List.copyOf(newItems);
    baseItems = List.copyOf(baseItems);
  }

  /**
   * Pairs the items with the same id.
   *
   * @param newItems the new calibration
   * @param baseItems the bank
   * @return the common items
   * @throws IllegalArgumentException if fewer than two ids are common or a pair's categories differ
   */
  public static CommonItems of(List<? extends Item> newItems, List<? extends Item> baseItems) {
    Map<String, Item> base = new HashMap<>();
    for (Item item : baseItems) {
      if (base.put(item.id(), item) != null) {
        throw new IllegalArgumentException("duplicate item id '" + item.id() + "' in the base");
      }
    }
    List<Item> n = new ArrayList<>();
    List<Item> b = new ArrayList<>();
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (Item item : newItems) {
      if (!seen.add(item.id())) {
        throw new IllegalArgumentException(
            "duplicate item id '" + item.id() + "' in the new items");
      }
      Item match = base.get(item.id());
      if (match == null) {
        continue;
      }
      if (match.categoryCount() != item.categoryCount()
          || match.lowestResponse() != item.lowestResponse()) {
        throw new IllegalArgumentException(
            "common item '"
                + item.id()
                + "' has "
                + item.categoryCount()
                + " categories in the new items but "
                + match.categoryCount()
                + " in the base");
      }
      n.add(item);
      b.add(match);
    }
    if (n.size() < 2) {
      throw new IllegalArgumentException(
          "linking needs at least 2 common items (same id in both) but found "
              + n.size()
              + (n.isEmpty() ? "" : " ('" + n.get(0).id() + "')"));
    }
    return new CommonItems(n, b);
  }

  /**
   * The number of common items.
   *
   * @return at least 2
   */
  public int size() {
    return newItems.size();
  }
}
