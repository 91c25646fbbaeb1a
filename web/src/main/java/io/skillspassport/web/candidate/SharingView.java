package io.skillspassport.web.candidate;

import io.skillspassport.exercises.boundary.ExerciseRatings;
import io.skillspassport.exercises.boundary.RecordedExercise;
import io.skillspassport.platform.boundary.Conflict;
import io.skillspassport.sharing.boundary.OrganisationOption;
import io.skillspassport.sharing.boundary.ShareEntry;
import io.skillspassport.sharing.boundary.Sharing;
import io.skillspassport.sharing.boundary.ViewingPage;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.text.MessageFormat;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Backs {@code candidate/sharing.xhtml}: share the passport with an organisation (optionally until
 * a date), the list of shares with a Revoke button each, and who viewed the passport — views
 * counted per organisation and day, paged by {@code ?page=} (0-based, like the audit log) so that
 * one busy employer never hides the others. Plain POSTs (no ajax, which would need inline script);
 * the boundary checks every share id against the caller.
 */
@Named
@ViewScoped
public class SharingView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Clock clock;

  @Inject Sharing sharing;

  @Inject ExerciseRatings exercises;

  private String organisation;
  private LocalDate expiresOn;
  private List<OrganisationOption> organisations = List.of();
  private List<ShareEntry> shares = List.of();
  private List<RecordedExercise> recordedExercises = List.of();
  private ViewingPage viewings;
  private int page;
  private Long confirming;

  /** Rows of the "viewed by" list per page. */
  static final int VIEWINGS_PER_PAGE = 20;

  public void load() {
    organisations = sharing.organisations();
    refresh();
  }

  private void refresh() {
    shares = sharing.shares();
    recordedExercises = exercises.recordedForMe();
    viewings = sharing.viewedBy(page, VIEWINGS_PER_PAGE);
    page = viewings.page();
  }

  /**
   * Shares with the chosen organisation, or moves the end of the active share with it; the message
   * states the end that now holds. A bad choice or date becomes a message on the form. A share sent
   * from another tab at the same moment wins; this one then only says so.
   */
  public void share() {
    FacesContext faces = FacesContext.getCurrentInstance();
    boolean update =
        shares.stream().anyMatch(s -> s.active() && s.organisationSlug().equals(organisation));
    try {
      ShareEntry entry = sharing.share(organisation, expiresOn);
      String prefix = update ? "sharing.updated" : "sharing.shared";
      String message =
          entry.expiresAt().isPresent()
              ? text(
                  faces,
                  prefix + "Until",
                  entry.organisationName(),
                  Formats.lastDay(entry.expiresAt().get()))
              : text(faces, prefix, entry.organisationName());
      faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, message, null));
      organisation = null;
      expiresOn = null;
    } catch (IllegalArgumentException e) {
      faces.addMessage(
          "share-form", new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
    } catch (Conflict raced) {
      faces.addMessage(
          null, new FacesMessage(FacesMessage.SEVERITY_WARN, raced.getMessage(), null));
    }
    refresh();
  }

  /**
   * The first step of revoking: asks on the page (a second POST, no script) whether to stop sharing
   * with that organisation.
   */
  public void askRevoke(long shareId) {
    confirming = shareId;
    refresh();
  }

  /** Leaves the share as it is. */
  public void keepSharing() {
    confirming = null;
    refresh();
  }

  /** Whether the page is asking to confirm revoking {@code share}. */
  public boolean confirming(ShareEntry share) {
    return confirming != null && confirming == share.id();
  }

  /**
   * Revokes one of the caller's shares (and any other active one with that organisation) once the
   * candidate confirmed it.
   */
  public void revoke(long shareId) {
    FacesContext faces = FacesContext.getCurrentInstance();
    confirming = null;
    try {
      ShareEntry entry = sharing.revoke(shareId);
      faces.addMessage(
          null,
          new FacesMessage(
              FacesMessage.SEVERITY_INFO,
              text(faces, "sharing.revoked", entry.organisationName()),
              null));
    } catch (IllegalStateException raced) {
      faces.addMessage(
          null, new FacesMessage(FacesMessage.SEVERITY_WARN, raced.getMessage(), null));
    }
    refresh();
  }

  /** The link to page {@code index} of the "viewed by" list. */
  public String pageLink(int index) {
    return "?page=" + Math.max(0, index) + "#viewed-title";
  }

  private static String text(FacesContext faces, String key, Object... args) {
    ResourceBundle texts = faces.getApplication().getResourceBundle(faces, "candidateMsg");
    return new MessageFormat(texts.getString(key), Locale.ROOT).format(args);
  }

  public String day(Instant instant) {
    return Formats.day(instant);
  }

  /** The last day a share with this (exclusive) end is visible: the day the candidate chose. */
  public String lastDay(Instant end) {
    return Formats.lastDay(end);
  }

  public String minute(Instant instant) {
    return Formats.minute(instant);
  }

  /** The first day a share may end on: tomorrow, in UTC. */
  public String getMinDate() {
    return LocalDate.now(clock.withZone(java.time.ZoneOffset.UTC)).plusDays(1).toString();
  }

  public String statusClass(ShareEntry share) {
    return share.status().name().toLowerCase(Locale.ROOT);
  }

  public String getOrganisation() {
    return organisation;
  }

  public void setOrganisation(String organisation) {
    this.organisation = organisation;
  }

  public LocalDate getExpiresOn() {
    return expiresOn;
  }

  public void setExpiresOn(LocalDate expiresOn) {
    this.expiresOn = expiresOn;
  }

  public List<OrganisationOption> getOrganisations() {
    return organisations;
  }

  public List<ShareEntry> getShares() {
    return shares;
  }

  /** Hiring-loop exercises organisations recorded for the candidate (rubric, raters; no notes). */
  public List<RecordedExercise> getRecordedExercises() {
    return recordedExercises;
  }

  /** The criteria of a recorded exercise's rubric, in one line. */
  public String criteria(RecordedExercise exercise) {
    return String.join(" · ", exercise.criteria());
  }

  public ViewingPage getViewings() {
    return viewings;
  }

  public String getPage() {
    return Integer.toString(page);
  }

  /** The page asked for in the URL; anything but a number shows the first page. */
  public void setPage(String page) {
    try {
      this.page = Math.max(0, Integer.parseInt(page == null ? "0" : page.strip()));
    } catch (NumberFormatException notANumber) {
      this.page = 0;
    }
  }
}
