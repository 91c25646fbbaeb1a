package io.skillspassport.testing;

import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.NotificationOptions;
import jakarta.enterprise.util.TypeLiteral;
import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** A CDI {@link Event} for Java SE tests: keeps what was fired, in order; no observers run. */
public final class RecordingEvent<T> implements Event<T> {

  private final List<T> fired = new ArrayList<>();

  /** The events fired so far. */
  public synchronized List<T> fired() {
    return List.copyOf(fired);
  }

  @Override
  public synchronized void fire(T event) {
    fired.add(event);
  }

  @Override
  public <U extends T> CompletionStage<U> fireAsync(U event) {
    fire(event);
    return CompletableFuture.completedFuture(event);
  }

  @Override
  public <U extends T> CompletionStage<U> fireAsync(U event, NotificationOptions options) {
    return fireAsync(event);
  }

  @Override
  public Event<T> select(Annotation... qualifiers) {
    throw new UnsupportedOperationException("qualified events are not used here");
  }

  @Override
  public <U extends T> Event<U> select(Class<U> subtype, Annotation... qualifiers) {
    throw new UnsupportedOperationException("qualified events are not used here");
  }

  @Override
  public <U extends T> Event<U> select(TypeLiteral<U> subtype, Annotation... qualifiers) {
    throw new UnsupportedOperationException("qualified events are not used here");
  }
}
