package io.skillspassport.scoring.testing;

import java.util.SplittableRandom;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A minimal property-based test runner: draws {@code tries} cases from a seeded generator and
 * checks each. A failure names the seed, the try and the case, so it can be reproduced exactly.
 */
public final class ForAll {

  /** How many cases a property checks unless it says otherwise. */
  public static final int DEFAULT_TRIES = 1000;

  private ForAll() {}

  /**
   * Checks {@code property} on {@code tries} cases drawn by {@code generator} from {@code seed}.
   */
  public static <T> void check(
      long seed, int tries, Function<SplittableRandom, T> generator, Consumer<T> property) {
    SplittableRandom random = new SplittableRandom(seed);
    for (int i = 0; i < tries; i++) {
      T value = generator.apply(random);
      try {
        property.accept(value);
      } catch (AssertionError | RuntimeException e) {
        throw new AssertionError(
            "property failed (seed "
                + seed
                + ", try "
                + i
                + ") for "
                + value
                + ": "
                + e.getMessage(),
            e);
      }
    }
  }

  /** {@link #check} with {@link #DEFAULT_TRIES} tries. */
  public static <T> void check(
      long seed, Function<SplittableRandom, T> generator, Consumer<T> property) {
    check(seed, DEFAULT_TRIES, generator, property);
  }
}
