package io.skillspassport.web.candidate;

import io.skillspassport.assessments.boundary.SampleAssessments;
import io.skillspassport.assessments.boundary.SampleItem;
import io.skillspassport.assessments.boundary.SampleProgress;
import io.skillspassport.platform.boundary.Conflict;
import io.skillspassport.platform.boundary.NotFound;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import org.omnifaces.util.Faces;

/**
 * Backs {@code candidate/take.xhtml}: one item of an adaptive attempt per page ({@code
 * ?attempt=ID&item=N}; without {@code item}, the current one).
 *
 * <p>"Answer and continue" saves the answer and lets the server choose the next item, then
 * redirects (post–redirect–get), so the page always shows the server's state: a reload, the back
 * button or a dropped connection resumes at the current item. There is no skip button, and the
 * server refuses an empty answer. An earlier item shows its answer read only, with the reason it
 * cannot change. The time left is rendered by the server (and counted down by {@code
 * resources/js/take-timer.js} where scripts run); the server enforces the deadline either way.
 */
@Named
@ViewScoped
public class TakeView implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final DateTimeFormatter CLOCK =
      DateTimeFormatter.ofPattern("HH:mm 'UTC'", Locale.ENGLISH).withZone(ZoneOffset.UTC);

  @Inject Clock clock;

  @Inject SampleAssessments samples;

  private Long attempt;
  private Integer itemNumber;
  private SampleItem item;
  private SampleProgress progress;
  private Integer response;

  /** Loads the requested item; an unknown position answers 404, an ended attempt its result. */
  public void load() throws IOException {
    var external = FacesContext.getCurrentInstance().getExternalContext();
    if (attempt == null) {
      throw new NotFound("No attempt given");
    }
    progress = samples.progress(attempt);
    if (!progress.inProgress()) {
      Faces.redirect("candidate/result?attempt=%s", attempt);
      return;
    }
    int position = itemNumber == null ? progress.position() : itemNumber;
    if (position < 1 || position > progress.position()) {
      throw new NotFound("No item " + position + " in attempt " + attempt);
    }
    item = samples.item(attempt, position);
    itemNumber = position;
    response = item.savedResponse().isPresent() ? item.savedResponse().getAsInt() : null;
  }

  /** Saves the answer; the server chooses the next item or ends the test. */
  public String answer() {
    try {
      SampleProgress after =
          samples.answer(attempt, item.position(), Optional.ofNullable(response));
      if (after.notice().isPresent()) {
        FacesContext.getCurrentInstance()
            .getExternalContext()
            .getFlash()
            .put("takeNotice", after.notice().get());
      }
      if (after.inProgress()) {
        Faces.redirect("candidate/take?attempt=%s&item=%s", attempt, after.position());
      } else {
        Faces.redirect("candidate/result?attempt=%s", attempt);
      }
    } catch (IllegalArgumentException | IllegalStateException | Conflict refused) {
      // Shown on this page with status 200, as before: the handler would answer a Conflict 409.
      error(refused.getMessage());
    }
    return null;
  }

  /** Ends the test now, by the unreached-item rule, and shows what it gave. */
  public String endNow() {
    try {
      samples.endNow(attempt);
    } catch (IllegalStateException over) {
      // Already ended (another tab, or the deadline): the result page says how.
    }
    Faces.redirect("candidate/result?attempt=%s", attempt);
    return null;
  }

  /** The link to the item at {@code position} of this attempt. */
  public String itemUrl(int position) {
    return "/candidate/take?attempt=" + attempt + "&item=" + position;
  }

  /** Whole minutes and seconds left, as the server counts them now. */
  public String getTimeLeft() {
    long seconds =
        Math.max(0, Duration.between(Instant.now(clock), progress.deadline()).toSeconds());
    return String.format(Locale.ROOT, "%d:%02d", seconds / 60, seconds % 60);
  }

  /** The deadline as an ISO instant, for the countdown script. */
  public String getDeadlineIso() {
    return progress.deadline().toString();
  }

  /** The deadline's clock time. */
  public String getDeadlineClock() {
    return CLOCK.format(progress.deadline());
  }

  private static void error(String text) {
    FacesContext.getCurrentInstance()
        .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
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
