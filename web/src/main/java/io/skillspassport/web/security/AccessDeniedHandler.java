package io.skillspassport.web.security;

import io.skillspassport.platform.boundary.AccessDenied;
import io.skillspassport.platform.boundary.NoSuchRecord;
import jakarta.faces.FacesException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.io.IOException;
import java.util.Iterator;
import java.util.Optional;

/**
 * Turns a boundary's {@link AccessDenied}, however deeply Faces or EL wrapped it, into the 403
 * page, and its {@link NoSuchRecord} (an id in the address that names nothing) into the 404 page.
 * The boundary has already audited the refusal; the request is marked so the error-page audit does
 * not record it twice.
 */
public class AccessDeniedHandler extends ExceptionHandlerWrapper {

  /** Request attribute set when a refusal has been audited already. */
  public static final String AUDITED = AccessDeniedHandler.class.getName() + ".audited";

  public AccessDeniedHandler(ExceptionHandler wrapped) {
    super(wrapped);
  }

  @Override
  public void handle() throws FacesException {
    FacesContext faces = FacesContext.getCurrentInstance();
    Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
    while (events.hasNext()) {
      Throwable thrown = events.next().getContext().getException();
      if (faces.getResponseComplete()) {
        continue;
      }
      if (accessDenied(thrown).isPresent()) {
        events.remove();
        faces.getExternalContext().getRequestMap().put(AUDITED, Boolean.TRUE);
        sendError(faces, 403);
      } else if (causedBy(thrown, NoSuchRecord.class)) {
        // An id in the address that names nothing (a stale link, a typo): the 404 page.
        events.remove();
        sendError(faces, 404);
      } else if (causedBy(thrown, ViewExpiredException.class)) {
        // A view state the server never issued or no longer holds: forged, replayed or expired.
        events.remove();
        faces.getExternalContext().getRequestMap().put(FormPostGuard.EXPIRED, Boolean.TRUE);
        sendError(faces, 400);
      }
    }
    getWrapped().handle();
  }

  private static void sendError(FacesContext faces, int status) {
    try {
      faces.getExternalContext().responseSendError(status, null);
      faces.responseComplete();
    } catch (IOException e) {
      throw new FacesException(e);
    }
  }

  private static boolean causedBy(Throwable thrown, Class<? extends Throwable> type) {
    for (Throwable t = thrown; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return true;
      }
    }
    return false;
  }

  static Optional<AccessDenied> accessDenied(Throwable thrown) {
    for (Throwable t = thrown; t != null; t = t.getCause()) {
      if (t instanceof AccessDenied denied) {
        return Optional.of(denied);
      }
    }
    return Optional.empty();
  }

  /** Registers the handler with Faces (see faces-config.xml). */
  public static class Factory extends ExceptionHandlerFactory {

    public Factory(ExceptionHandlerFactory wrapped) {
      super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
      return new AccessDeniedHandler(getWrapped().getExceptionHandler());
    }
  }
}
