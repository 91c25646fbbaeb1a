package io.skillspassport.assessments.boundary;

import java.util.List;

/**
 * The item bank of one family: every item of every content version, newest version first.
 *
 * @param activeVersion the content version new attempts use; 0 when the family has no active item
 */
public record ItemBank(
    String familyCode, String familyName, int activeVersion, List<BankItem> items) {

  public ItemBank {
    items = List.copyOf(items);
  }

  /** How many items new attempts draw from. */
  public long activeCount() {
    return items.stream().filter(BankItem::active).count();
  }
}
