package io.skillspassport.web.site;

import io.skillspassport.platform.boundary.AccessDenied;
import io.skillspassport.platform.boundary.Conflict;
import io.skillspassport.platform.boundary.NotFound;
import io.skillspassport.platform.boundary.Problem;
import io.skillspassport.platform.boundary.Rejected;
import io.skillspassport.web.security.FormPostGuard;
import io.skillspassport.web.security.RefusalAudit;
import jakarta.faces.FacesException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIMessages;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.faces.event.PhaseId;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Iterator;
import java.util.Optional;
import org.omnifaces.util.Messages;

/**
 * The one place where a boundary's refusal, however deeply Faces or EL wrapped it, becomes what the
 * visitor sees:
 *
 * <ul>
 *   <li>{@link AccessDenied} → the 403 page (the boundary has already audited it; the request is
 *       marked so the error-page audit does not record it twice);
 *   <li>{@link NotFound} → the 404 page (an id in the address that names nothing);
 *   <li>{@link Conflict} → on a form post, its sentence as a message on the same page (status 409
 *       for a full post; an ajax answer keeps 200, or the browser would drop the update); on a page
 *       address, the 409 page;
 *   <li>{@link Rejected} → on a form post, each problem as a message on the same page; on a page
 *       address, or a page with no messages area to show them, the 400 page;
 *   <li>{@link ViewExpiredException} (a view state the server never issued or no longer holds) →
 *       the 400 page, as before.
 * </ul>
 *
 * Anything else goes on to OmniFaces' {@code FullAjaxExceptionHandler} (registered before this one
 * in faces-config.xml, so this one wraps it), which renders the error page of {@code web.xml} into
 * an ajax answer, and otherwise to the container, which shows the 500 page. No page ever shows an
 * exception's text: the error pages say what happened in the site's words, and the messages on a
 * form are the boundaries' sentences written for the person who entered the values.
 *
 * <p>Why a full-page refusal is answered with {@code responseSendError} rather than a rendered
 * view: the container then runs its error-page mapping, so the status, the error-page filters
 * ({@code RefusalAudit}, the security headers) and the page are the same as for a refusal the
 * container makes itself. An ajax request cannot be answered that way (the browser would only see a
 * failed request); its page-type refusals are left to the OmniFaces handler, which finds the same
 * page through the exception-type entries in {@code web.xml}.
 */
public class RefusalHandler extends ExceptionHandlerWrapper {

  public RefusalHandler(ExceptionHandler wrapped) {
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
      if (handled(faces, thrown)) {
        events.remove();
      }
    }
    getWrapped().handle();
  }

  /** Answers {@code thrown} if it is a refusal this handler knows; false leaves it to the next. */
  private static boolean handled(FacesContext faces, Throwable thrown) {
    boolean ajax = faces.getPartialViewContext().isAjaxRequest();
    boolean rendering = faces.getCurrentPhaseId() == PhaseId.RENDER_RESPONSE;
    Optional<AccessDenied> denied = cause(thrown, AccessDenied.class);
    if (denied.isPresent()) {
      faces.getExternalContext().getRequestMap().put(RefusalAudit.AUDITED, Boolean.TRUE);
      return !ajax && sendError(faces, HttpServletResponse.SC_FORBIDDEN);
    }
    if (cause(thrown, NotFound.class).isPresent()) {
      return !ajax && sendError(faces, HttpServletResponse.SC_NOT_FOUND);
    }
    Optional<Conflict> conflict = cause(thrown, Conflict.class);
    if (conflict.isPresent()) {
      if (faces.isPostback() && !rendering && showsMessages(faces)) {
        Messages.addGlobalError(conflict.get().getMessage());
        if (!ajax) {
          faces.getExternalContext().setResponseStatus(HttpServletResponse.SC_CONFLICT);
        }
        return true;
      }
      return !ajax && sendError(faces, HttpServletResponse.SC_CONFLICT);
    }
    Optional<Rejected> rejected = cause(thrown, Rejected.class);
    if (rejected.isPresent()) {
      if (faces.isPostback() && !rendering && showsMessages(faces)) {
        for (Problem problem : rejected.get().problems()) {
          Messages.addGlobalError(problem.message());
        }
        return true;
      }
      return !ajax && sendError(faces, HttpServletResponse.SC_BAD_REQUEST);
    }
    if (cause(thrown, ViewExpiredException.class).isPresent() && !ajax) {
      faces.getExternalContext().getRequestMap().put(FormPostGuard.EXPIRED, Boolean.TRUE);
      return sendError(faces, HttpServletResponse.SC_BAD_REQUEST);
    }
    return false;
  }

  /**
   * Sends the error status (the container renders the page). False when the response is committed
   * already, mid-rendering: then only the next handler can still end it.
   */
  private static boolean sendError(FacesContext faces, int status) {
    if (faces.getExternalContext().isResponseCommitted()) {
      return false;
    }
    try {
      faces.getExternalContext().responseSendError(status, null);
      faces.responseComplete();
      return true;
    } catch (IOException e) {
      throw new FacesException(e);
    }
  }

  /** Whether the page has a messages area for messages that belong to no single field. */
  private static boolean showsMessages(FacesContext faces) {
    return faces.getViewRoot() != null && hasMessages(faces.getViewRoot());
  }

  private static boolean hasMessages(UIComponent component) {
    if (component instanceof UIMessages messages
        && messages.getFor() == null
        && messages.isRendered()) {
      return true;
    }
    Iterator<UIComponent> kids = component.getFacetsAndChildren();
    while (kids.hasNext()) {
      if (hasMessages(kids.next())) {
        return true;
      }
    }
    return false;
  }

  /** The first {@code type} in the cause chain of {@code thrown}. */
  static <T extends Throwable> Optional<T> cause(Throwable thrown, Class<T> type) {
    for (Throwable t = thrown; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return Optional.of(type.cast(t));
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
      return new RefusalHandler(getWrapped().getExceptionHandler());
    }
  }
}
