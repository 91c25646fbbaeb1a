package io.skillspassport.bundles.control;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The last few results of an expensive, pure computation, least recently used first out. Keys must
 * carry everything the result depends on — for rankings, the score snapshot (compared by identity:
 * a changed share or result gives a new snapshot) and the criteria (compared by value).
 *
 * @param <K> the key
 * @param <V> the result
 */
public final class RecentResults<K, V> {

  private final Map<K, V> results;

  /** Keeps at most {@code capacity} results. */
  public RecentResults(int capacity) {
    this.results =
        new LinkedHashMap<>(capacity * 2, 0.75f, true) {
          private static final long serialVersionUID = 1L;

          @Override
          protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
            return size() > capacity;
          }
        };
  }

  /** The result for {@code key} if it is kept; nothing is computed. */
  public Optional<V> kept(K key) {
    synchronized (results) {
      return Optional.ofNullable(results.get(key));
    }
  }

  /** The result for {@code key}, computed (outside the lock) when it is not kept. */
  public V get(K key, Function<K, V> compute) {
    synchronized (results) {
      V kept = results.get(key);
      if (kept != null) {
        return kept;
      }
    }
    V computed = compute.apply(key);
    synchronized (results) {
      results.put(key, computed);
    }
    return computed;
  }
}
