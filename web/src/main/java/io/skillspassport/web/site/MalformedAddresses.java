package io.skillspassport.web.site;

import jakarta.faces.FacesException;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import java.io.IOException;

/**
 * Answers a page address whose parameters Faces could not accept ({@code /employer/bundle?id=abc},
 * a required {@code ?bundle=} left out, a value a validator refused) with the 400 page.
 *
 * <p>Why a phase listener: when a {@code <f:viewParam>} fails conversion or validation, Faces skips
 * the {@code <f:viewAction>} that would load the record and renders the page anyway, with nothing
 * loaded ("Built from null", an empty comparison) and a status of 200. The failure is only known
 * after the validation phase; this listener looks just before rendering and, for a page request
 * (not a form post, whose field messages belong on the form), sends 400 instead.
 */
public class MalformedAddresses implements PhaseListener {

  private static final long serialVersionUID = 1L;

  @Override
  public PhaseId getPhaseId() {
    return PhaseId.RENDER_RESPONSE;
  }

  @Override
  public void beforePhase(PhaseEvent event) {
    FacesContext faces = event.getFacesContext();
    if (faces.isPostback() || !faces.isValidationFailed() || faces.getResponseComplete()) {
      return;
    }
    try {
      faces.getExternalContext().responseSendError(400, null);
    } catch (IOException e) {
      throw new FacesException(e);
    }
    faces.responseComplete();
  }

  @Override
  public void afterPhase(PhaseEvent event) {
    // Nothing: the decision is made before rendering.
  }
}
