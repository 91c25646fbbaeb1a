package io.skillspassport.web.site;

import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ActionEvent;
import jakarta.faces.event.ActionListener;

/**
 * Runs no further action once one has answered the request. A browser sends the name of the one
 * button that was clicked; a crafted post can name several (the security scan sent both "Resume"
 * buttons of the assessments page), and Faces would then run every action in turn, the second one
 * redirecting a response the first had already redirected — a 500 and a second sample started.
 */
public class OneActionPerRequest implements ActionListener {

  private final ActionListener wrapped;

  /** Faces passes the default action listener, which this one decorates. */
  public OneActionPerRequest(ActionListener wrapped) {
    this.wrapped = wrapped;
  }

  @Override
  public void processAction(ActionEvent event) {
    if (FacesContext.getCurrentInstance().getResponseComplete()) {
      return;
    }
    wrapped.processAction(event);
  }
}
