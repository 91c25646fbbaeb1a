package io.skillspassport.scoring.cat;

import io.skillspassport.scoring.irt.GradedResponseItem;
import io.skillspassport.scoring.irt.Item;
import io.skillspassport.scoring.irt.TwoPlItem;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The generated banks of the adaptive-testing tests.
 *
 * <p>{@link #twoPl(int, long)}: item i (id {@code i001}, …) has {@code a = exp(N(0.3, 0.25²))}
 * (median 1.35, middle 95% 0.82–2.20) and {@code b ~ U(−2.5, 2.5)}, drawn in that order from {@code
 * SplittableRandom(seed)}; N(0,1) draws by Box–Muller. Content tags cycle through A, B, C, D
 * ({@code i % 4}). {@link #mixed(int, long)} replaces every fifth item by a graded item with the
 * same a and three thresholds {@code b − 0.8, b, b + 0.8}.
 */
final class SeededBank {

  static final long SEED = 20261130L;

  private SeededBank() {}

  static List<Item> twoPl(int size, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<Item> items = new ArrayList<>();
    for (int i = 1; i <= size; i++) {
      double a = Math.exp(0.3 + 0.25 * CatSimulator.standardNormal(random));
      double b = random.nextDouble(-2.5, 2.5);
      items.add(TwoPlItem.of(String.format("i%03d", i), a, b));
    }
    return items;
  }

  static List<Item> mixed(int size, long seed) {
    List<Item> items = new ArrayList<>(twoPl(size, seed));
    for (int i = 4; i < size; i += 5) {
      Item item = items.get(i);
      double b = item.threshold(0);
      items.set(i, GradedResponseItem.of(item.id(), item.discrimination(), b - 0.8, b, b + 0.8));
    }
    return items;
  }

  static List<BankItem> tagged(List<Item> items) {
    String[] tags = {"A", "B", "C", "D"};
    List<BankItem> out = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      out.add(new BankItem(items.get(i), tags[i % 4]));
    }
    return out;
  }

  static String tsv(List<Item> items) {
    StringBuilder sb = new StringBuilder("item\ta\tb1\n");
    for (Item item : items) {
      sb.append(item.id()).append('\t').append(item.discrimination());
      for (int k = 0; k < item.thresholdCount(); k++) {
        sb.append('\t').append(item.threshold(k));
      }
      sb.append('\n');
    }
    return sb.toString();
  }

  static String describe(List<Item> items) {
    double[] a = items.stream().mapToDouble(Item::discrimination).sorted().toArray();
    return "a median "
        + a[a.length / 2]
        + " range "
        + Arrays.toString(new double[] {a[0], a[a.length - 1]});
  }
}
