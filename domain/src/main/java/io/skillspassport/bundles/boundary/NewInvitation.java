package io.skillspassport.bundles.boundary;

/**
 * A just-created invitation with its token — the only time the token is ever available: the
 * database keeps its hash alone, so a lost link cannot be shown again (revoke it and invite anew).
 *
 * @param path the link, relative to the portal's address
 */
public record NewInvitation(InvitationEntry entry, String token, String path) {

  @Override
  public String toString() {
    return "NewInvitation[" + entry.id() + "]";
  }
}
