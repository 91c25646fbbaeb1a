package io.skillspassport.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Runs the same call on {@code n} threads that wait at a barrier and then go at once, the way a
 * double click or several open tabs reach a boundary; collects what each call returned or threw.
 */
public final class Parallel {

  private Parallel() {}

  /** What one of the parallel calls returned, or what it threw. */
  public record Outcome<T>(T value, Throwable failure) {
    public boolean succeeded() {
      return failure == null;
    }
  }

  public static <T> List<Outcome<T>> run(int n, Callable<T> call) {
    CyclicBarrier start = new CyclicBarrier(n);
    ExecutorService pool = Executors.newFixedThreadPool(n);
    try {
      List<Future<Outcome<T>>> futures = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        futures.add(
            pool.submit(
                () -> {
                  start.await(30, TimeUnit.SECONDS);
                  try {
                    return new Outcome<>(call.call(), null);
                  } catch (Exception | AssertionError e) {
                    return new Outcome<T>(null, e);
                  }
                }));
      }
      List<Outcome<T>> outcomes = new ArrayList<>();
      for (Future<Outcome<T>> f : futures) {
        outcomes.add(f.get(120, TimeUnit.SECONDS));
      }
      return outcomes;
    } catch (Exception e) {
      throw new IllegalStateException("The parallel calls did not finish", e);
    } finally {
      pool.shutdownNow();
    }
  }
}
