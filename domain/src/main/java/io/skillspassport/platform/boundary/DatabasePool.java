package io.skillspassport.platform.boundary;

import io.skillspassport.platform.control.DatabaseSetup;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * How busy the portal's connection pool is, for the metrics: connections open, in use, free, the
 * requests waiting for one, and the pool's maximum.
 *
 * <p><b>Where the numbers come from.</b> The pool is the one Payara creates for the
 * {@code @DataSourceDefinition} of {@link DatabaseSetup}, an application-scoped pool. Payara's own
 * vendor metrics ({@code connection_pool_*}, from its connection-pool health check) list the
 * server's pools (the built-in {@code H2Pool}), not this one. So the numbers are read from the pool
 * itself: the data source Payara hands out keeps its connection manager, which names the pool
 * ({@code PoolInfo}); {@code ConnectorRuntime.getPoolManager() .getPool(info)} is that pool, and
 * its {@code getPoolStatus()} (free, used) and {@code getPoolWaitQueue().getQueueLength()} are the
 * pool's own counters. These are Payara internals, reached by reflection: on a runtime where the
 * path does not exist {@link #usage()} is empty (logged once) and the portal runs on without the
 * pool metrics.
 *
 * <p>Reading costs a few reflective calls and takes no connection.
 */
@ApplicationScoped
public class DatabasePool {

  private static final Logger LOG = Logger.getLogger(DatabasePool.class.getName());

  /** One reading of the pool; {@code open = inUse + free}. */
  public record Usage(int open, int inUse, int free, int waiting, int max) {}

  @Resource(lookup = DatabaseSetup.DATA_SOURCE)
  DataSource dataSource;

  private volatile boolean unavailable;

  /** The pool's state now, or empty where this runtime's pool cannot be read. */
  public Optional<Usage> usage() {
    if (unavailable) {
      return Optional.empty();
    }
    try {
      Object pool = pool();
      Object status = call(pool, "getPoolStatus");
      int free = (Integer) call(status, "getNumConnFree");
      int used = (Integer) call(status, "getNumConnUsed");
      int waiting = (Integer) call(call(pool, "getPoolWaitQueue"), "getQueueLength");
      int max = (Integer) call(pool, "getMaxPoolSize");
      return Optional.of(new Usage(free + used, used, free, waiting, max));
    } catch (ReflectiveOperationException | RuntimeException e) {
      unavailable = true;
      LOG.log(Level.WARNING, "The connection pool cannot be read: no database pool metrics", e);
      return Optional.empty();
    }
  }

  private Object pool() throws ReflectiveOperationException {
    Object manager = fieldOfType(dataSource, "ConnectionManager");
    Object poolInfo = field(manager, "poolInfo");
    Class<?> runtime =
        Class.forName(
            "com.sun.enterprise.connectors.ConnectorRuntime",
            true,
            manager.getClass().getClassLoader());
    Object poolManager = call(runtime.getMethod("getRuntime").invoke(null), "getPoolManager");
    Method getPool = null;
    for (Method m : poolManager.getClass().getMethods()) {
      if (m.getName().equals("getPool") && m.getParameterCount() == 1) {
        getPool = m;
      }
    }
    if (getPool == null) {
      throw new NoSuchMethodException("PoolManager.getPool");
    }
    getPool.setAccessible(true);
    Object pool = getPool.invoke(poolManager, poolInfo);
    if (pool == null) {
      throw new IllegalStateException("no pool for " + poolInfo);
    }
    return pool;
  }

  private static Object call(Object target, String method) throws ReflectiveOperationException {
    Method m = target.getClass().getMethod(method);
    m.setAccessible(true);
    return m.invoke(target);
  }

  private static Object field(Object target, String name) throws ReflectiveOperationException {
    for (Class<?> c = target.getClass(); c != null; c = c.getSuperclass()) {
      for (Field f : c.getDeclaredFields()) {
        if (f.getName().equals(name)) {
          f.setAccessible(true);
          return f.get(target);
        }
      }
    }
    throw new NoSuchFieldException(name + " in " + target.getClass().getName());
  }

  /** The first field, up the class hierarchy, whose declared type's name ends with {@code type}. */
  private static Object fieldOfType(Object target, String type)
      throws ReflectiveOperationException {
    for (Class<?> c = target.getClass(); c != null; c = c.getSuperclass()) {
      for (Field f : c.getDeclaredFields()) {
        if (f.getType().getName().endsWith(type)) {
          f.setAccessible(true);
          Object value = f.get(target);
          if (value != null) {
            return value;
          }
        }
      }
    }
    throw new NoSuchFieldException(type + " in " + target.getClass().getName());
  }
}
