package io.skillspassport.system;

/**
 * The demo users of the development realm ({@code deploy/keycloak/README.md}) and where the portal
 * lands each of them after signing in.
 */
public enum DemoUser {
  CARA_CANDIDATE("cara.candidate", "candidate-demo", "Cara Mendes", Landing.CANDIDATE),
  DEV_CANDIDATE("dev.candidate", "candidate-demo", "Dev Okafor", Landing.CANDIDATE),
  BEN_CANDIDATE("ben.candidate", "candidate-demo", "Ben Adeyemi", Landing.CANDIDATE),
  ERIN_EMPLOYER("erin.employer", "employer-demo", "Erin Walsh", Landing.EMPLOYER),
  NINA_EMPLOYER("nina.employer", "employer-demo", "Nina Petrova", Landing.EMPLOYER),
  OMAR_EMPLOYER("omar.employer", "employer-demo", "Omar Haddad", Landing.EMPLOYER),
  ADA_ADMIN("ada.admin", "admin-demo", "Ada Lindqvist", Landing.ADMIN);

  private final String username;
  private final String password;
  private final String displayName;
  private final Landing landing;

  DemoUser(String username, String password, String displayName, Landing landing) {
    this.username = username;
    this.password = password;
    this.displayName = displayName;
    this.landing = landing;
  }

  public String username() {
    return username;
  }

  public String password() {
    return password;
  }

  /** The name the header shows, from the {@code name} claim. */
  public String displayName() {
    return displayName;
  }

  /** The path the portal sends this user to after signing in, e.g. {@code /candidate/passport}. */
  public String landingPath() {
    return landing.path;
  }

  /** The {@code data-page} attribute of the landing page's {@code <main>}. */
  public String landingPage() {
    return landing.dataPage;
  }

  private enum Landing {
    CANDIDATE("/candidate/passport", "candidate-passport"),
    EMPLOYER("/employer/bundles", "employer-bundles"),
    ADMIN("/admin/roles", "admin-roles");

    private final String path;
    private final String dataPage;

    Landing(String path, String dataPage) {
      this.path = path;
      this.dataPage = dataPage;
    }
  }
}
