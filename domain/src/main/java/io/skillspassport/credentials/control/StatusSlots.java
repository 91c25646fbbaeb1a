package io.skillspassport.credentials.control;

/**
 * Where a credential's status bit lives, from the slot number the database hands out.
 *
 * <p>Slots come from a database sequence, one per credential, so no two credentials share a slot
 * however many instances issue at once; the table's unique (list, index) constraint enforces it a
 * second time. Slot {@code s} lands in list {@code s / 131072} at index {@code (s mod 131072) ×
 * 92821 mod 131072}. Multiplying by an odd number is a bijection modulo a power of two, so indices
 * within a list stay unique, but consecutive credentials do not sit on neighbouring bits: the
 * specification asks issuers not to let an index reveal the order of issue.
 */
public final class StatusSlots {

  /** An odd multiplier, so multiplication modulo 2^17 is a permutation of the indices. */
  static final int SPREAD = 92_821;

  private StatusSlots() {}

  /** The status list number of a slot. */
  public static int list(long slot) {
    requireSlot(slot);
    return Math.toIntExact(slot / StatusBitstring.MIN_BITS);
  }

  /** The index within its list of a slot. */
  public static int index(long slot) {
    requireSlot(slot);
    long position = slot % StatusBitstring.MIN_BITS;
    return (int) ((position * SPREAD) % StatusBitstring.MIN_BITS);
  }

  private static void requireSlot(long slot) {
    if (slot < 0) {
      throw new IllegalArgumentException("A status slot is not negative, was " + slot);
    }
  }
}
