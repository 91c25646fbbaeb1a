package io.skillspassport.web.candidate;

import io.skillspassport.exercises.boundary.ExerciseRatings;
import io.skillspassport.exercises.boundary.RecordedExercise;
import io.skillspassport.sharing.boundary.OrganisationOption;
import io.skillspassport.sharing.boundary.ShareEntry;
import io.skillspassport.sharing.boundary.Sharing;
import io.skillspassport.sharing.boundary.ViewingEntry;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Backs {@code candidate/sharing.xhtml}: share the passport with an organisation (optionally until
 * a date), the list of shares with a Revoke button each, and who viewed the passport. Plain POSTs
 * (no ajax, which would need inline script); the boundary checks every share id against the caller.
 */
@Named
@ViewScoped
public class SharingView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Sharing sharing;

  @Inject ExerciseRatings exercises;

  private String organisation;
  private LocalDate expiresOn;
  private List<OrganisationOption> organisations = List.of();
  private List<ShareEntry> shares = List.of();
  private List<ViewingEntry> viewings = List.of();
  private List<RecordedExercise> recordedExercises = List.of();

  public void load() {
    organisations = sharing.organisations();
    refresh();
  }

  private void refresh() {
    shares = sharing.shares();
    viewings = sharing.viewedBy();
    recordedExercises = exercises.recordedForMe();
  }

  /** Shares with the chosen organisation; a bad choice or date becomes a message on the form. */
  public void share() {
    FacesContext faces = FacesContext.getCurrentInstance();
    try {
      ShareEntry entry = sharing.share(organisation, expiresOn);
      faces.addMessage(
          null,
          new FacesMessage(
              FacesMessage.SEVERITY_INFO,
              text(faces, "sharing.shared", entry.organisationName()),
              null));
      organisation = null;
      expiresOn = null;
    } catch (IllegalArgumentException e) {
      faces.addMessage(
          "share-form", new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
    }
    refresh();
  }

  /** Revokes one of the caller's shares, effective immediately. */
  public void revoke(long shareId) {
    FacesContext faces = FacesContext.getCurrentInstance();
    ShareEntry entry = sharing.revoke(shareId);
    faces.addMessage(
        null,
        new FacesMessage(
            FacesMessage.SEVERITY_INFO,
            text(faces, "sharing.revoked", entry.organisationName()),
            null));
    refresh();
  }

  private static String text(FacesContext faces, String key, Object... args) {
    ResourceBundle texts = faces.getApplication().getResourceBundle(faces, "candidateMsg");
    return new MessageFormat(texts.getString(key), Locale.ROOT).format(args);
  }

  public String day(Instant instant) {
    return Formats.day(instant);
  }

  public String minute(Instant instant) {
    return Formats.minute(instant);
  }

  /** The first day a share may end on: tomorrow, in UTC. */
  public String getMinDate() {
    return LocalDate.now(java.time.ZoneOffset.UTC).plusDays(1).toString();
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

  public List<ViewingEntry> getViewings() {
    return viewings;
  }
}
