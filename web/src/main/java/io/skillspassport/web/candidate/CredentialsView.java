package io.skillspassport.web.candidate;

import io.skillspassport.credentials.boundary.Credentials;
import io.skillspassport.credentials.boundary.ExportedCredential;
import io.skillspassport.credentials.boundary.IssuedCredentialEntry;
import io.skillspassport.platform.boundary.Conflict;
import io.skillspassport.web.credentials.CredentialDownload;
import io.skillspassport.web.credentials.QrCodes;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.text.MessageFormat;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import org.omnifaces.util.Faces;

/**
 * Backs {@code candidate/credentials.xhtml}: export a new credential, and per exported credential
 * its state, verification link with QR code, download and revocation. Revoking asks first: the
 * first button only marks the credential for confirmation, a second button revokes. Plain POSTs, no
 * script; the boundary checks every id against the caller.
 */
@Named
@ViewScoped
public class CredentialsView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Credentials credentials;

  private Long issued;
  private String issuedToken = "";
  private Long confirming;
  private List<IssuedCredentialEntry> entries = List.of();

  public void load() {
    entries = credentials.exported();
    issuedToken =
        Optional.ofNullable(issued)
            .filter(id -> entries.stream().anyMatch(e -> e.id() == id))
            .map(id -> credentials.download(id).token())
            .orElse("");
  }

  /** Exports a new credential and shows it at the top, with its link, QR code and token. */
  public void export() {
    FacesContext faces = FacesContext.getCurrentInstance();
    try {
      ExportedCredential exported = credentials.export();
      Faces.redirect("candidate/credentials?issued=%s", exported.entry().id());
    } catch (Conflict nothingToExport) {
      // Shown on this page with status 200, as before: the handler would answer a Conflict 409.
      faces.addMessage(
          null, new FacesMessage(FacesMessage.SEVERITY_ERROR, nothingToExport.getMessage(), null));
    }
  }

  /** First step of a revocation: ask. */
  public void askToRevoke(long id) {
    confirming = id;
  }

  public void cancelRevoke() {
    confirming = null;
  }

  /** Second step: revoke, effective at the next status list request. */
  public void revoke(long id) {
    FacesContext faces = FacesContext.getCurrentInstance();
    IssuedCredentialEntry entry = credentials.revoke(id);
    confirming = null;
    entries = credentials.exported();
    faces.addMessage(
        null,
        new FacesMessage(
            FacesMessage.SEVERITY_INFO,
            text(faces, "credentials.revoked", Formats.day(entry.issuedAt())),
            null));
  }

  public boolean isConfirming(IssuedCredentialEntry entry) {
    return confirming != null && confirming == entry.id();
  }

  public boolean isIssued(IssuedCredentialEntry entry) {
    return issued != null && issued == entry.id();
  }

  /** The QR code of the credential's verification link, as a data URI. */
  public String qr(IssuedCredentialEntry entry) {
    return QrCodes.dataUri(entry.verifyUrl());
  }

  /** Where the credential downloads as a file. */
  public String downloadPath(IssuedCredentialEntry entry) {
    return CredentialDownload.PATH + "?id=" + entry.id();
  }

  public String stateClass(IssuedCredentialEntry entry) {
    return entry.state().name().toLowerCase(Locale.ROOT);
  }

  public String day(Instant instant) {
    return Formats.day(instant);
  }

  public String minute(Instant instant) {
    return Formats.minute(instant);
  }

  private static String text(FacesContext faces, String key, Object... args) {
    ResourceBundle texts = faces.getApplication().getResourceBundle(faces, "candidateMsg");
    return new MessageFormat(texts.getString(key), Locale.ROOT).format(args);
  }

  public Long getIssued() {
    return issued;
  }

  public void setIssued(Long issued) {
    this.issued = issued;
  }

  public String getIssuedToken() {
    return issuedToken;
  }

  public List<IssuedCredentialEntry> getEntries() {
    return entries;
  }
}
