package io.skillspassport.web.security;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;

/** Keeps {@link SignedInSessions} free of sessions that have ended. */
@WebListener
public class SessionEnd implements HttpSessionListener {

  @Inject SignedInSessions sessions;

  @Override
  public void sessionDestroyed(HttpSessionEvent event) {
    sessions.forget(event.getSession());
  }
}
