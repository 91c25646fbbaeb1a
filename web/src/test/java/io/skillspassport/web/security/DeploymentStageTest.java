package io.skillspassport.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** How the public address and {@code PASSPORT_STAGE} decide the stage, and what it refuses. */
class DeploymentStageTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "http://localhost:8080",
        "http://localhost:41234/",
        "http://127.0.0.1:8080",
        "http://[::1]:8080",
        "http://portal.localhost"
      })
  void aLocalAddressIsDevelopment(String base) {
    var stage = DeploymentStage.of("", new PortalAddress(base));

    assertThat(stage.production()).as(stage.reason()).isFalse();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"https://passport.example.org", "http://192.168.1.20:8080", "http://10.0.0.5"})
  void anAddressOtherMachinesUseIsProduction(String base) {
    var stage = DeploymentStage.of(null, new PortalAddress(base));

    assertThat(stage.production()).as(stage.reason()).isTrue();
  }

  @Test
  void theStageVariableOverridesTheAddress() {
    assertThat(DeploymentStage.of("production", local()).production()).isTrue();
    assertThat(DeploymentStage.of(" Development ", remote("http://10.0.0.5")).production())
        .isFalse();
  }

  @Test
  void anUnknownStageIsAnError() {
    assertThatThrownBy(() -> DeploymentStage.of("prod", local()))
        .hasMessageContaining("production or development");
  }

  @Test
  void productionRefusesTheDevelopmentSecretAndPlainHttp() {
    var address = remote("http://passport.example.org");
    var stage = DeploymentStage.of("", address);

    var refusals = stage.refusals(address, oidc(DeploymentStage.DEVELOPMENT_CLIENT_SECRET));

    assertThat(refusals).hasSize(2);
    assertThat(refusals.get(0)).contains("OIDC_CLIENT_SECRET");
    assertThat(refusals.get(1)).contains("https");
  }

  @Test
  void productionWithItsOwnSecretAndHttpsStarts() {
    var address = remote("https://passport.example.org");

    assertThat(DeploymentStage.of("", address).refusals(address, oidc("a-real-secret"))).isEmpty();
  }

  @Test
  void developmentStartsWithTheDevelopmentSecret() {
    var address = local();

    assertThat(
            DeploymentStage.of("", address)
                .refusals(address, oidc(DeploymentStage.DEVELOPMENT_CLIENT_SECRET)))
        .isEmpty();
  }

  @Test
  void theRedirectUriIsTheConfiguredAddressNeverARequestsHost() {
    var address = new PortalAddress("https://passport.example.org/");

    assertThat(address.getRedirectUri()).isEqualTo("https://passport.example.org/callback");
    assertThat(address.home()).isEqualTo("https://passport.example.org/");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"passport.example.org", "ftp://x.example", "https://a.example/?q=1", "http://u@h"})
  void refusesABaseUrlThatIsNotAPlainAbsoluteAddress(String base) {
    assertThatThrownBy(() -> new PortalAddress(base))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("PASSPORT_BASE_URL");
  }

  private static PortalAddress local() {
    return new PortalAddress("http://localhost:8080");
  }

  private static PortalAddress remote(String base) {
    return new PortalAddress(base);
  }

  private static OidcSettings oidc(String secret) {
    return new OidcSettings() {
      @Override
      public String getClientSecret() {
        return secret;
      }
    };
  }
}
