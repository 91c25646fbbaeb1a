package io.skillspassport.roles.control;

import java.util.ArrayList;
import java.util.List;

/**
 * A line diff of two texts: the lines removed and added, in order, from a longest common
 * subsequence (the classic dynamic programme, O(n·m) time and memory; a role version is a few
 * hundred lines, so ~10⁵ cells).
 */
public final class TextDiff {

  private TextDiff() {}

  /**
   * One changed line.
   *
   * @param added true for a line only in the later text, false for one only in the earlier
   * @param text the line
   */
  public record Change(boolean added, String text) {}

  /**
   * The changes from {@code before} to {@code after}; empty when they are equal.
   *
   * @param before the earlier lines
   * @param after the later lines
   * @return removed and added lines in reading order (a removal before the addition that replaces
   *     it)
   */
  public static List<Change> of(List<String> before, List<String> after) {
    int n = before.size();
    int m = after.size();
    int[][] common = new int[n + 1][m + 1];
    for (int i = n - 1; i >= 0; i--) {
      for (int j = m - 1; j >= 0; j--) {
        common[i][j] =
            before.get(i).equals(after.get(j))
                ? common[i + 1][j + 1] + 1
                : Math.max(common[i + 1][j], common[i][j + 1]);
      }
    }
    List<Change> changes = new ArrayList<>();
    int i = 0;
    int j = 0;
    while (i < n && j < m) {
      if (before.get(i).equals(after.get(j))) {
        i++;
        j++;
      } else if (common[i + 1][j] >= common[i][j + 1]) {
        changes.add(new Change(false, before.get(i++)));
      } else {
        changes.add(new Change(true, after.get(j++)));
      }
    }
    while (i < n) {
      changes.add(new Change(false, before.get(i++)));
    }
    while (j < m) {
      changes.add(new Change(true, after.get(j++)));
    }
    return changes;
  }
}
