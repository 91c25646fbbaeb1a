package io.skillspassport.web.site;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.ExternalContextFactory;
import jakarta.faces.context.ExternalContextWrapper;
import java.util.AbstractMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Faces' session map without rewrites of an unchanged value: putting a {@link String} or {@link
 * Boolean} equal to the one already stored under the key does not touch the session.
 *
 * <p>Why: Mojarra stores the response encoding in the session ({@code
 * jakarta.faces.request.charset}) on every page it renders. A rewrite of the same value is a {@code
 * setAttribute}, and Payara's session replication (persistence scope {@code modified-session})
 * stores a session again when {@code setAttribute} was called: so every signed-in page serialised
 * the whole session into the data grid and bumped its version, and the next request loaded it back
 * (listed with a session attribute listener on 2026-12-01: the only attribute written on every
 * page; issue 13). Values of these two types cannot change in place, so skipping an equal put
 * changes nothing but the cost; any other value, a different one, or a new key is written as
 * before.
 *
 * <p>Registered in {@code faces-config.xml} as the external context factory.
 */
public final class QuietSessionWrites extends ExternalContextFactory {

  public QuietSessionWrites(ExternalContextFactory wrapped) {
    super(wrapped);
  }

  @Override
  public ExternalContext getExternalContext(Object context, Object request, Object response) {
    return new Context(getWrapped().getExternalContext(context, request, response));
  }

  /** An external context whose session map is {@link SessionMap}. */
  static final class Context extends ExternalContextWrapper {

    private Map<String, Object> sessionMap;

    Context(ExternalContext wrapped) {
      super(wrapped);
    }

    @Override
    public Map<String, Object> getSessionMap() {
      if (sessionMap == null) {
        sessionMap = new SessionMap(getWrapped().getSessionMap());
      }
      return sessionMap;
    }
  }

  /** The container's session map, skipping a put of an equal immutable value. */
  static final class SessionMap extends AbstractMap<String, Object> {

    private final Map<String, Object> session;

    SessionMap(Map<String, Object> session) {
      this.session = session;
    }

    @Override
    public Object put(String key, Object value) {
      if ((value instanceof String || value instanceof Boolean)
          && Objects.equals(session.get(key), value)) {
        return value;
      }
      return session.put(key, value);
    }

    @Override
    public Object get(Object key) {
      return session.get(key);
    }

    @Override
    public boolean containsKey(Object key) {
      return session.containsKey(key);
    }

    @Override
    public Object remove(Object key) {
      return session.remove(key);
    }

    @Override
    public void clear() {
      session.clear();
    }

    @Override
    public int size() {
      return session.size();
    }

    @Override
    public boolean isEmpty() {
      return session.isEmpty();
    }

    @Override
    public Set<Entry<String, Object>> entrySet() {
      return session.entrySet();
    }
  }
}
