package io.skillspassport.web.employer;

import io.skillspassport.bundles.boundary.Bundles;
import io.skillspassport.bundles.boundary.InvitationEntry;
import io.skillspassport.bundles.boundary.InvitationStatus;
import io.skillspassport.bundles.boundary.Invitations;
import io.skillspassport.bundles.boundary.NewInvitation;
import io.skillspassport.platform.boundary.PublicAddress;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Backs {@code employer/invitations.xhtml?bundle=ID}: invite a person to share their passport for
 * the bundle, see the link once, and follow each invitation — sent, accepted (by whom, and whether
 * their passport is complete for the bundle), expired, revoked — with a Revoke button for open
 * ones. The boundary checks that the bundle and every invitation belong to the caller's
 * organisation.
 */
@Named
@ViewScoped
public class InvitationsView implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);

  @Inject Invitations invitations;

  @Inject PublicAddress address;

  @Inject Bundles bundles;

  private long bundle;
  private String bundleName;
  private String invitee;
  private int validDays = Invitations.DEFAULT_VALID_DAYS;
  private String newLink;
  private String newInvitee;
  private List<InvitationEntry> list = List.of();

  public void load() {
    bundleName = bundles.detail(bundle).name();
    refresh();
  }

  private void refresh() {
    list = invitations.ofBundle(bundle);
  }

  /** Creates the invitation and shows its link (the only time it can be shown). */
  public void create() {
    FacesContext faces = FacesContext.getCurrentInstance();
    try {
      NewInvitation created = invitations.create(bundle, invitee, validDays);
      newLink = address.configured().replaceAll("/+$", "") + created.path();
      newInvitee = created.entry().invitee();
      invitee = null;
      validDays = Invitations.DEFAULT_VALID_DAYS;
    } catch (IllegalArgumentException e) {
      newLink = null;
      faces.addMessage(
          "invite-form", new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
    }
    refresh();
  }

  /** Revokes an open invitation; one already accepted stays accepted and the page says so. */
  public void revoke(long id) {
    FacesContext faces = FacesContext.getCurrentInstance();
    InvitationEntry entry = invitations.revoke(id);
    String key =
        entry.status() == InvitationStatus.REVOKED
            ? "invitations.revoked"
            : "invitations.notRevoked";
    faces.addMessage(
        null,
        new FacesMessage(FacesMessage.SEVERITY_INFO, text(faces, key, entry.invitee()), null));
    newLink = null;
    refresh();
  }

  private static String text(FacesContext faces, String key, Object... args) {
    ResourceBundle texts = faces.getApplication().getResourceBundle(faces, "employerMsg");
    return new MessageFormat(texts.getString(key), Locale.ROOT).format(args);
  }

  public String when(Instant instant) {
    return WHEN.format(instant);
  }

  public String statusClass(InvitationEntry entry) {
    return "invitation-status " + entry.status().name().toLowerCase(Locale.ROOT);
  }

  /** How many invitations were accepted. */
  public long getAcceptedCount() {
    return list.stream().filter(e -> e.acceptedAt().isPresent()).count();
  }

  public long getBundle() {
    return bundle;
  }

  public void setBundle(long bundle) {
    this.bundle = bundle;
  }

  public String getBundleName() {
    return bundleName;
  }

  public String getInvitee() {
    return invitee;
  }

  public void setInvitee(String invitee) {
    this.invitee = invitee;
  }

  public int getValidDays() {
    return validDays;
  }

  public void setValidDays(int validDays) {
    this.validDays = validDays;
  }

  public int getMaxValidDays() {
    return Invitations.MAX_VALID_DAYS;
  }

  public String getNewLink() {
    return newLink;
  }

  public String getNewInvitee() {
    return newInvitee;
  }

  public List<InvitationEntry> getList() {
    return list;
  }
}
