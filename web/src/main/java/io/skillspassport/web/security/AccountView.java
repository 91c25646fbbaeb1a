package io.skillspassport.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

/** Backs the account area of the layout: the sign-out form's address and token. */
@Named
@RequestScoped
public class AccountView {

  @Inject HttpServletRequest request;

  public String getSignOutAction() {
    return request.getContextPath() + SignOut.PATH;
  }

  public String getSignOutTokenName() {
    return AntiCsrfToken.FIELD;
  }

  /** This session's sign-out token (the session exists: only signed-in people see the form). */
  public String getSignOutToken() {
    return SignOut.tokenFor(request.getSession());
  }
}
