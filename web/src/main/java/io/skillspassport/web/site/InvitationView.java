package io.skillspassport.web.site;

import io.skillspassport.bundles.boundary.InvitationLookup;
import io.skillspassport.bundles.boundary.InvitationStatus;
import io.skillspassport.bundles.boundary.Invitations;
import io.skillspassport.platform.boundary.Caller;
import io.skillspassport.platform.boundary.Conflict;
import io.skillspassport.platform.boundary.NotFound;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.Serializable;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

/**
 * Backs the public {@code invitation.xhtml?token=…}: what an employer's invitation link leads to.
 * Anyone may open it; a visitor who is not signed in as a candidate is asked to sign in or
 * register, and the token is kept in the session ({@link #PENDING_TOKEN}) so that the sign-in
 * callback brings them back here. A signed-in candidate sees which of the bundle's families their
 * passport has and which are missing, and shares the passport with the organisation in one explicit
 * POST.
 *
 * <p>Status codes: 404 for a link no invitation has, 410 (Gone) for one that expired, was revoked
 * or was used by someone else; the page itself, in the site's layout, says which.
 */
@Named
@ViewScoped
public class InvitationView implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The session attribute that holds an invitation's token across the sign-in round trip. */
  public static final String PENDING_TOKEN = "io.skillspassport.invitation.pending";

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);

  @Inject Invitations invitations;

  @Inject Caller caller;

  private String token;
  private InvitationLookup lookup;
  private boolean unknown;

  public void load() {
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext external = faces.getExternalContext();
    try {
      lookup = invitations.open(token);
      unknown = false;
    } catch (NotFound notFound) {
      lookup = null;
      unknown = true;
      external.setResponseStatus(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    if (lookup.status() == InvitationStatus.OPEN && !lookup.candidateView()) {
      external.getSessionMap().put(PENDING_TOKEN, token.strip());
    } else {
      external.getSessionMap().remove(PENDING_TOKEN);
    }
    if (lookup.status() != InvitationStatus.OPEN && !lookup.acceptedByCaller()) {
      external.setResponseStatus(HttpServletResponse.SC_GONE);
    }
  }

  /** Shares the passport with the organisation and consumes the invitation. */
  public void accept() {
    FacesContext faces = FacesContext.getCurrentInstance();
    try {
      lookup = invitations.accept(token);
      faces.addMessage(
          null,
          new FacesMessage(
              FacesMessage.SEVERITY_INFO,
              text(faces, "invitation.shared", lookup.organisationName()),
              null));
    } catch (Conflict closedOrRaced) {
      // Used, revoked or expired meanwhile, or shared from another window at the same moment: the
      // sentence as a warning, and the page shows the invitation as it now stands.
      faces.addMessage(
          null, new FacesMessage(FacesMessage.SEVERITY_WARN, closedOrRaced.getMessage(), null));
      lookup = invitations.open(token);
    }
  }

  private static String text(FacesContext faces, String key, Object... args) {
    String pattern = faces.getApplication().getResourceBundle(faces, "msg").getString(key);
    return new java.text.MessageFormat(pattern, Locale.ROOT).format(args);
  }

  /** Which of the page's states to show: unknown, open, accepted (by the caller), used, … */
  public String getState() {
    if (unknown || lookup == null) {
      return "unknown";
    }
    if (lookup.acceptedByCaller()) {
      return "mine";
    }
    return switch (lookup.status()) {
      case OPEN -> "open";
      case ACCEPTED -> "used";
      case EXPIRED -> "expired";
      case REVOKED -> "revoked";
    };
  }

  /** Whether the caller is signed in, but not as a candidate (an employer or admin account). */
  public boolean getSignedInOtherwise() {
    return caller.isSignedIn() && !caller.hasRole(Caller.CANDIDATE);
  }

  public String when(java.time.Instant instant) {
    return DAY.format(instant);
  }

  public String getToken() {
    return token;
  }

  public void setToken(String token) {
    this.token = token;
  }

  public Optional<InvitationLookup> lookup() {
    return Optional.ofNullable(lookup);
  }

  public InvitationLookup getLookup() {
    return lookup;
  }
}
