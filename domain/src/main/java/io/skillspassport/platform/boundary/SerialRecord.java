package io.skillspassport.platform.boundary;

import java.io.InvalidObjectException;
import java.io.ObjectStreamException;
import java.io.Serial;
import java.io.Serializable;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * The serialized form of a record whose components include {@code Optional}, {@code OptionalInt},
 * {@code OptionalLong} or {@code OptionalDouble}, none of which is serializable, directly or as the
 * elements of a {@code List}: the component values, each optional replaced by its value or {@code
 * null}; read back through the record's canonical constructor, so its checks run again.
 *
 * <p>Why: boundary records are held by view-scoped pages, whose state lives in the HTTP session,
 * and in a cluster the session is serialized to move between instances. A record opts in with
 *
 * <pre>{@code
 * @Serial
 * private Object writeReplace() {
 *   return SerialRecord.of(this);
 * }
 * }</pre>
 *
 * <p>Every other component must be serializable itself.
 */
public final class SerialRecord implements Serializable {

  @Serial private static final long serialVersionUID = 1L;

  private final Class<? extends Record> type;
  private final Object[] values;

  private SerialRecord(Class<? extends Record> type, Object[] values) {
    this.type = type;
    this.values = values;
  }

  /** The serialized form of {@code record}. */
  public static SerialRecord of(Record record) {
    RecordComponent[] components = record.getClass().getRecordComponents();
    Object[] values = new Object[components.length];
    for (int i = 0; i < components.length; i++) {
      try {
        values[i] = unwrap(components[i].getAccessor().invoke(record));
      } catch (IllegalAccessException | InvocationTargetException e) {
        throw new IllegalStateException("cannot read " + components[i], e);
      }
    }
    return new SerialRecord(record.getClass(), values);
  }

  private static Object unwrap(Object value) {
    if (value instanceof Optional<?> optional) {
      return optional.orElse(null);
    }
    if (value instanceof OptionalInt optional) {
      return optional.isPresent() ? optional.getAsInt() : null;
    }
    if (value instanceof OptionalLong optional) {
      return optional.isPresent() ? optional.getAsLong() : null;
    }
    if (value instanceof OptionalDouble optional) {
      return optional.isPresent() ? optional.getAsDouble() : null;
    }
    if (value instanceof List<?> list && list.stream().anyMatch(SerialRecord::isOptional)) {
      List<Object> values = new ArrayList<>(list.size());
      list.forEach(element -> values.add(unwrap(element)));
      return values;
    }
    return value;
  }

  private static boolean isOptional(Object value) {
    return value instanceof Optional<?>
        || value instanceof OptionalInt
        || value instanceof OptionalLong
        || value instanceof OptionalDouble;
  }

  /** The value for a component of type {@code generic}: optionals, and lists of them, rebuilt. */
  private static Object wrap(Type generic, Class<?> type, Object value) {
    if (value instanceof List<?> list && generic instanceof ParameterizedType parameterized) {
      Type element = parameterized.getActualTypeArguments()[0];
      Class<?> elementClass =
          element instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) element;
      if (elementClass == Optional.class
          || elementClass == OptionalInt.class
          || elementClass == OptionalLong.class
          || elementClass == OptionalDouble.class) {
        List<Object> values = new ArrayList<>(list.size());
        list.forEach(v -> values.add(wrap(elementClass, v)));
        return values;
      }
    }
    return wrap(type, value);
  }

  private static Object wrap(Class<?> type, Object value) {
    if (type == Optional.class) {
      return Optional.ofNullable(value);
    }
    if (type == OptionalInt.class) {
      return value == null ? OptionalInt.empty() : OptionalInt.of((Integer) value);
    }
    if (type == OptionalLong.class) {
      return value == null ? OptionalLong.empty() : OptionalLong.of((Long) value);
    }
    if (type == OptionalDouble.class) {
      return value == null ? OptionalDouble.empty() : OptionalDouble.of((Double) value);
    }
    return value;
  }

  @Serial
  private Object readResolve() throws ObjectStreamException {
    RecordComponent[] components = type.getRecordComponents();
    if (components == null || components.length != values.length) {
      throw new InvalidObjectException("not the record " + type.getName() + " was written");
    }
    Class<?>[] types =
        Arrays.stream(components).map(RecordComponent::getType).toArray(Class[]::new);
    Object[] arguments = new Object[values.length];
    for (int i = 0; i < values.length; i++) {
      arguments[i] = wrap(components[i].getGenericType(), types[i], values[i]);
    }
    try {
      Constructor<? extends Record> canonical = type.getDeclaredConstructor(types);
      return canonical.newInstance(arguments);
    } catch (ReflectiveOperationException | IllegalArgumentException e) {
      InvalidObjectException invalid =
          new InvalidObjectException("cannot rebuild " + type.getName());
      invalid.initCause(e);
      throw invalid;
    }
  }
}
