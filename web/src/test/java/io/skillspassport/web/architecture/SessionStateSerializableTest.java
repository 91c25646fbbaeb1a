package io.skillspassport.web.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.skillspassport.platform.boundary.SerialRecord;
import jakarta.enterprise.context.ConversationScoped;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Everything a session holds can be serialized (issue 13 item 2): the portal is {@code
 * <distributable/>}, and in a cluster Payara copies each session through the data grid, where an
 * attribute that does not serialize is left out with "Cannot serialize session attribute" — the
 * session then arrives on the other instance without it. Session-, conversation- and view-scoped
 * beans live in the session (view-scoped ones in Faces' view map), so each of their fields must be
 * serializable, and so must every portal type inside them, recursively (the fields of a record held
 * in a list, for instance). Injected fields are CDI client proxies, serializable by the container;
 * {@code transient} and {@code static} fields are not written.
 *
 * <p>Collections and maps are judged by their declared element types: the portal fills them with
 * {@code ArrayList}, {@code List.copyOf} and the like, which serialize when their elements do. An
 * {@code Optional} field fails ({@code Optional} is not serializable), except in a record written
 * as a {@link SerialRecord}, which writes the optional's value instead.
 */
class SessionStateSerializableTest {

  @Test
  void everyFieldOfASessionHeldBeanIsSerializable() throws ClassNotFoundException {
    var classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.skillspassport.web");
    Set<String> problems = new TreeSet<>();
    int beans = 0;
    for (JavaClass bean : classes) {
      if (bean.isAnnotatedWith(ViewScoped.class)
          || bean.isAnnotatedWith(SessionScoped.class)
          || bean.isAnnotatedWith(ConversationScoped.class)) {
        beans++;
        Class<?> type = Class.forName(bean.getName());
        if (!Serializable.class.isAssignableFrom(type)) {
          problems.add(type.getSimpleName() + " is not Serializable");
        }
        check(type, type.getSimpleName(), problems, new HashSet<>());
      }
    }

    assertThat(beans).as("session-held beans found").isGreaterThan(10);
    assertThat(problems).as("fields that would not serialize with the session").isEmpty();
  }

  private static void check(Class<?> owner, String path, Set<String> problems, Set<Type> seen) {
    boolean serialRecord = owner.isRecord() && writesSerialRecord(owner);
    for (Class<?> c = owner; c != null && c != Object.class; c = c.getSuperclass()) {
      for (Field field : c.getDeclaredFields()) {
        int modifiers = field.getModifiers();
        if (Modifier.isStatic(modifiers)
            || Modifier.isTransient(modifiers)
            || field.isAnnotationPresent(Inject.class)
            || field.isSynthetic()) {
          continue;
        }
        Type type = field.getGenericType();
        if (serialRecord
            && List.class.isAssignableFrom(field.getType())
            && type instanceof ParameterizedType list
            && OPTIONALS.contains(rawClass(list.getActualTypeArguments()[0]))) {
          // SerialRecord writes a list of optionals as a list of their values.
          type = list.getActualTypeArguments()[0];
          if (!(type instanceof ParameterizedType)) {
            continue;
          }
          type = ((ParameterizedType) type).getActualTypeArguments()[0];
        } else if (serialRecord && OPTIONALS.contains(field.getType())) {
          // SerialRecord writes the optional's value: that must serialize.
          if (type instanceof ParameterizedType optional) {
            type = optional.getActualTypeArguments()[0];
          } else {
            continue;
          }
        }
        checkType(type, path + "." + field.getName(), problems, seen);
      }
    }
  }

  private static final Set<Class<?>> OPTIONALS =
      Set.of(Optional.class, OptionalInt.class, OptionalLong.class, OptionalDouble.class);

  private static Class<?> rawClass(Type type) {
    if (type instanceof ParameterizedType parameterized) {
      return (Class<?>) parameterized.getRawType();
    }
    return type instanceof Class<?> c ? c : Object.class;
  }

  /** Whether the record is written as a {@link SerialRecord} (its {@code writeReplace}). */
  private static boolean writesSerialRecord(Class<?> record) {
    try {
      return record.getDeclaredMethod("writeReplace").getReturnType() == Object.class;
    } catch (NoSuchMethodException none) {
      return false;
    }
  }

  private static void checkType(Type type, String path, Set<String> problems, Set<Type> seen) {
    if (!seen.add(type)) {
      return;
    }
    if (type instanceof ParameterizedType parameterized) {
      checkType(parameterized.getRawType(), path, problems, seen);
      for (Type argument : parameterized.getActualTypeArguments()) {
        checkType(argument, path + "<>", problems, seen);
      }
    } else if (type instanceof GenericArrayType array) {
      checkType(array.getGenericComponentType(), path + "[]", problems, seen);
    } else if (type instanceof WildcardType wildcard) {
      for (Type bound : wildcard.getUpperBounds()) {
        checkType(bound, path, problems, seen);
      }
    } else if (type instanceof TypeVariable<?> variable) {
      for (Type bound : variable.getBounds()) {
        checkType(bound, path, problems, seen);
      }
    } else if (type instanceof Class<?> c) {
      if (c.isPrimitive() || c == Object.class) {
        return;
      }
      if (c.isArray()) {
        checkType(c.getComponentType(), path + "[]", problems, seen);
        return;
      }
      boolean collection = Collection.class.isAssignableFrom(c) || Map.class.isAssignableFrom(c);
      if (!collection && !Serializable.class.isAssignableFrom(c)) {
        problems.add(path + ": " + c.getName() + " is not Serializable");
        return;
      }
      if (c.getName().startsWith("io.skillspassport.")) {
        check(c, path, problems, seen);
      }
    }
  }

  /** The check itself finds what it should: a control for the rule above. */
  @Test
  void theCheckFindsAnOptionalAndANonSerializableRecordInAList() {
    Set<String> problems = new TreeSet<>();
    check(Sample.class, "Sample", problems, new HashSet<>());

    assertThat(problems)
        .containsExactlyInAnyOrder(
            "Sample.maybe: java.util.Optional is not Serializable",
            "Sample.rows<>.inner: " + Plain.class.getName() + " is not Serializable");
  }

  @SuppressWarnings("unused")
  static final class Sample implements Serializable {
    private static final long serialVersionUID = 1L;
    private Optional<String> maybe;
    private List<Row> rows;
    private transient Plain ignored;
    private int count;
  }

  record Row(String name, Plain inner) implements Serializable {}

  record Plain(String name) {}
}
