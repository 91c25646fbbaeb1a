package io.skillspassport.roles.boundary;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * One version of a role in the admin's version list.
 *
 * @param weightChanges how the weights differ from the previous version; empty for the first
 * @param changes a line diff of the whole content (title, threshold, every section, weights,
 *     presets) from the previous version; empty for the first
 */
public record RoleVersionInfo(
    int number,
    String status,
    String title,
    String createdBy,
    Instant createdAt,
    String publishedBy,
    Instant publishedAt,
    List<WeightChange> weightChanges,
    List<ContentChange> changes) {

  public RoleVersionInfo {
    weightChanges = List.copyOf(weightChanges);
    changes = List.copyOf(changes);
  }

  /**
   * One line of the content diff from the version before.
   *
   * @param added true for a line only in this version, false for one only in the version before
   * @param text the line ("skills 2 · title: …", "weight Python Fundamentals: 0.8 · …")
   */
  public record ContentChange(boolean added, String text) {}

  public boolean published() {
    return publishedAt != null;
  }

  /**
   * A family whose weight changed between two consecutive versions.
   *
   * @param from the earlier weight, null when the family was added
   * @param to the later weight, null when the family was removed
   */
  public record WeightChange(String familyCode, String familyName, BigDecimal from, BigDecimal to) {

    public String fromText() {
      return from == null ? "—" : from.toPlainString();
    }

    public String toText() {
      return to == null ? "—" : to.toPlainString();
    }
  }
}
