package io.skillspassport.web.site;

import jakarta.el.ELContext;
import jakarta.el.ELException;
import jakarta.el.ELResolver;
import java.beans.FeatureDescriptor;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Answers EL method calls ({@code #{family.name()}}, {@code #{family.current().get().score()}},
 * {@code #{passportView.coordinate(tick.x())}}) from a cache of looked-up methods, before Jakarta
 * EL's {@code BeanELResolver}, which looks the method up again on every call ({@code
 * Class.getMethods()} copies the class's whole method table each time). The pages call record
 * accessors this way (a record has no getters for EL 5 properties) and the charts' coordinates,
 * several hundred calls per candidate dashboard: the lookups were 8% of its CPU and the calls
 * through the bean resolver 17%.
 *
 * <p>It answers only what the bean resolver would answer the same way: a public instance method
 * that {@link MethodHandles#publicLookup()} can call (public, in a public class of an exported
 * package), the only public method of that name and number of parameters, not variable-arity, with
 * every argument already of its parameter's type (the exact wrapper for a primitive), so that EL's
 * coercions have nothing to do. Anything else (overloads to choose between, an argument EL would
 * convert, a null argument, a method of a hidden class, no such method) it leaves unresolved and
 * the chain goes on as before. As the bean resolver does, it wraps what the method throws in an
 * {@link ELException} with that as the cause.
 *
 * <p>Registered in {@code faces-config.xml}; Faces puts it before the bean resolver.
 */
public final class CachedMethodCalls extends ELResolver {

  /** Per class: "name/arity" to the method to call, or empty when this resolver stays out. */
  private static final ClassValue<ConcurrentMap<String, Optional<Callable>>> METHODS =
      new ClassValue<>() {
        @Override
        protected ConcurrentMap<String, Optional<Callable>> computeValue(Class<?> type) {
          return new ConcurrentHashMap<>();
        }
      };

  private static final Object[] NO_ARGUMENTS = {};

  /** A method found once: its parameter types and a handle taking (base, Object[] arguments). */
  record Callable(Class<?>[] parameterTypes, MethodHandle handle) {

    /** Whether {@code arguments} are what the method takes without any coercion. */
    boolean takesAsTheyAre(Class<?>[] declared, Object[] arguments) {
      if (declared != null && declared.length > 0 && !Arrays.equals(declared, parameterTypes)) {
        return false;
      }
      for (int i = 0; i < parameterTypes.length; i++) {
        if (arguments[i] == null || !boxed(parameterTypes[i]).isInstance(arguments[i])) {
          return false;
        }
      }
      return true;
    }
  }

  @Override
  public Object invoke(
      ELContext context, Object base, Object method, Class<?>[] paramTypes, Object[] params) {
    if (base == null || method == null) {
      return null;
    }
    Object[] arguments = params == null ? NO_ARGUMENTS : params;
    if (paramTypes != null && paramTypes.length > 0 && paramTypes.length != arguments.length) {
      return null;
    }
    Optional<Callable> found = callable(base.getClass(), method.toString(), arguments.length);
    if (found.isEmpty() || !found.get().takesAsTheyAre(paramTypes, arguments)) {
      return null;
    }
    Object result;
    try {
      result = found.get().handle().invoke(base, arguments);
    } catch (Throwable thrown) {
      throw new ELException(thrown);
    }
    context.setPropertyResolved(base, method);
    return result;
  }

  /** The public instance method {@code name} of {@code type} with {@code arity} parameters. */
  static Optional<Callable> callable(Class<?> type, String name, int arity) {
    return METHODS.get(type).computeIfAbsent(name + "/" + arity, k -> lookUp(type, name, arity));
  }

  private static Optional<Callable> lookUp(Class<?> type, String name, int arity) {
    List<Method> candidates =
        Arrays.stream(type.getMethods())
            .filter(m -> m.getName().equals(name) && m.getParameterCount() == arity)
            .filter(m -> !m.isBridge())
            .toList();
    if (candidates.size() != 1) {
      return Optional.empty();
    }
    Method method = candidates.get(0);
    if (Modifier.isStatic(method.getModifiers()) || method.isVarArgs()) {
      return Optional.empty();
    }
    try {
      MethodHandle handle = MethodHandles.publicLookup().unreflect(method);
      MethodHandle spread =
          handle.asType(handle.type().generic()).asSpreader(Object[].class, arity);
      return Optional.of(new Callable(method.getParameterTypes(), spread));
    } catch (IllegalAccessException notPublic) {
      // e.g. a public method of a package-private class: the bean resolver finds the same
      // method on a public interface or superclass; leave it to it.
      return Optional.empty();
    }
  }

  private static Class<?> boxed(Class<?> type) {
    return type.isPrimitive() ? MethodType.methodType(type).wrap().returnType() : type;
  }

  @Override
  public Object getValue(ELContext context, Object base, Object property) {
    return null;
  }

  @Override
  public Class<?> getType(ELContext context, Object base, Object property) {
    return null;
  }

  @Override
  public void setValue(ELContext context, Object base, Object property, Object value) {
    // properties are not this resolver's business
  }

  @Override
  public boolean isReadOnly(ELContext context, Object base, Object property) {
    return false;
  }

  @Override
  @SuppressWarnings("deprecation")
  public Iterator<FeatureDescriptor> getFeatureDescriptors(ELContext context, Object base) {
    return null;
  }

  @Override
  public Class<?> getCommonPropertyType(ELContext context, Object base) {
    return null;
  }
}
