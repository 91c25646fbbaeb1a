package io.skillspassport.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The portal sessions of each Keycloak session (and of each Keycloak user), so that a back-channel
 * logout ({@link BackChannelLogout}) can end them. A session is registered by {@link
 * PortalAuthentication} on its first authenticated request and forgotten when it ends ({@link
 * SessionEnd}).
 *
 * <p>Per portal instance: in a cluster, Keycloak notifies one instance (through the load balancer),
 * which ends the sessions it holds; the others learn it at the next token refresh, within the
 * access token's lifetime (one minute in the development realm).
 */
@ApplicationScoped
public class SignedInSessions {

  /** Session attribute holding the keys under which the session is registered. */
  static final String KEYS = SignedInSessions.class.getName() + ".keys";

  private final Map<String, Map<String, HttpSession>> byKey = new ConcurrentHashMap<>();

  /**
   * Remembers that {@code session} belongs to Keycloak session {@code sid} of user {@code sub}.
   * Cheap when nothing changed: the keys are kept on the session.
   */
  public void register(Optional<String> sid, Optional<String> sub, HttpSession session) {
    List<String> keys =
        java.util.stream.Stream.concat(
                sid.map(s -> "sid:" + s).stream(), sub.map(s -> "sub:" + s).stream())
            .toList();
    if (keys.isEmpty()
        || (keys.equals(session.getAttribute(KEYS)) && registeredHere(keys, session))) {
      return;
    }
    forget(session);
    session.setAttribute(KEYS, keys);
    for (String key : keys) {
      byKey.computeIfAbsent(key, k -> new ConcurrentHashMap<>()).put(session.getId(), session);
    }
  }

  /**
   * Whether this instance knows the session under every key. In a cluster a session arrives on
   * another instance with its {@link #KEYS} attribute (replicated) but absent from that instance's
   * map: it is registered again there, so a back-channel logout reaching that instance ends it.
   */
  private boolean registeredHere(List<String> keys, HttpSession session) {
    return keys.stream()
        .allMatch(k -> byKey.getOrDefault(k, Map.of()).containsKey(session.getId()));
  }

  /** Ends every portal session of Keycloak session {@code sid}; returns how many ended. */
  public int endKeycloakSession(String sid) {
    return end("sid:" + sid);
  }

  /** Ends every portal session of Keycloak user {@code sub}; returns how many ended. */
  public int endUser(String sub) {
    return end("sub:" + sub);
  }

  private int end(String key) {
    Map<String, HttpSession> sessions = byKey.remove(key);
    if (sessions == null) {
      return 0;
    }
    int ended = 0;
    for (HttpSession session : List.copyOf(sessions.values())) {
      try {
        session.invalidate();
        ended++;
      } catch (IllegalStateException alreadyEnded) {
        // timed out or signed out meanwhile
      }
    }
    return ended;
  }

  /** Forgets a session that ended (timeout, sign-out, invalidation). */
  void forget(HttpSession session) {
    if (!(session.getAttribute(KEYS) instanceof List<?> keys)) {
      return;
    }
    for (Object key : keys) {
      byKey.computeIfPresent(
          String.valueOf(key),
          (k, sessions) -> {
            sessions.remove(session.getId());
            return sessions.isEmpty() ? null : sessions;
          });
    }
  }
}
