package io.skillspassport.web.candidate;

import io.skillspassport.assessments.boundary.SampleAssessments;
import io.skillspassport.assessments.boundary.SampleItem;
import io.skillspassport.assessments.boundary.SampleProgress;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;

/**
 * Backs {@code candidate/take.xhtml}: one item of an attempt per page ({@code ?attempt=ID&item=N}),
 * or the review before submitting ({@code ?attempt=ID&review=true}).
 *
 * <p>Every button saves the chosen option first and then redirects (post–redirect–get), so the page
 * always shows the server's state: a reload, the back button or a dropped connection resumes from
 * the saved answers. Leaving an item without choosing an option leaves it unanswered. "Save and
 * next" is the form's first button, so Enter saves and moves on.
 */
@Named
@ViewScoped
public class TakeView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject SampleAssessments samples;

  private Long attempt;
  private Integer itemNumber;
  private boolean review;
  private SampleItem item;
  private SampleProgress progress;
  private Integer response;

  /** Loads the requested item (or the review); an unknown position answers 404. */
  public void load() throws IOException {
    var external = FacesContext.getCurrentInstance().getExternalContext();
    if (attempt == null) {
      external.responseSendError(HttpServletResponse.SC_NOT_FOUND, "No attempt given");
      FacesContext.getCurrentInstance().responseComplete();
      return;
    }
    progress = samples.progress(attempt);
    if (!progress.inProgress()) {
      redirect("/candidate/result?attempt=" + attempt);
      return;
    }
    if (review) {
      return;
    }
    int position = itemNumber == null ? progress.position() : itemNumber;
    if (position < 1 || position > progress.total()) {
      external.responseSendError(HttpServletResponse.SC_NOT_FOUND, "No such item");
      FacesContext.getCurrentInstance().responseComplete();
      return;
    }
    item = samples.item(attempt, position);
    itemNumber = position;
    response = item.savedResponse().isPresent() ? item.savedResponse().getAsInt() : null;
  }

  /** Saves the choice and shows the previous item. */
  public String previous() {
    if (save()) {
      redirect(itemUrl(Math.max(1, item.position() - 1)));
    }
    return null;
  }

  /** Saves the choice and shows the next item, or the review after the last one. */
  public String saveAndNext() {
    if (save()) {
      redirect(item.position() < item.total() ? itemUrl(item.position() + 1) : reviewUrl());
    }
    return null;
  }

  /** Saves the choice and shows the review. */
  public String reviewAndSubmit() {
    if (save()) {
      redirect(reviewUrl());
    }
    return null;
  }

  /** Scores the attempt and shows the result. */
  public String submit() {
    try {
      samples.submit(attempt);
      redirect("/candidate/result?attempt=" + attempt);
    } catch (IllegalStateException refused) {
      error(refused.getMessage());
    }
    return null;
  }

  private boolean save() {
    boolean unchanged =
        response == null
            || (item.savedResponse().isPresent() && item.savedResponse().getAsInt() == response);
    if (unchanged) {
      return true;
    }
    try {
      samples.answer(attempt, item.position(), response);
      return true;
    } catch (IllegalArgumentException | IllegalStateException refused) {
      error(refused.getMessage());
      return false;
    }
  }

  /** The link to the item at {@code position} of this attempt. */
  public String itemUrl(int position) {
    return "/candidate/take?attempt=" + attempt + "&item=" + position;
  }

  private String reviewUrl() {
    return "/candidate/take?attempt=" + attempt + "&review=true";
  }

  /** Whether the item shown is the last one (its forward button leads to the review). */
  public boolean isLast() {
    return item != null && item.position() == item.total();
  }

  private static void error(String text) {
    FacesContext.getCurrentInstance()
        .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
  }

  private static void redirect(String path) {
    var external = FacesContext.getCurrentInstance().getExternalContext();
    try {
      external.redirect(external.getRequestContextPath() + path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public Long getAttempt() {
    return attempt;
  }

  public void setAttempt(Long attempt) {
    this.attempt = attempt;
  }

  public Integer getItemNumber() {
    return itemNumber;
  }

  public void setItemNumber(Integer itemNumber) {
    this.itemNumber = itemNumber;
  }

  public boolean isReview() {
    return review;
  }

  public void setReview(boolean review) {
    this.review = review;
  }

  public SampleItem getItem() {
    return item;
  }

  public SampleProgress getProgress() {
    return progress;
  }

  public Integer getResponse() {
    return response;
  }

  public void setResponse(Integer response) {
    this.response = response;
  }
}
