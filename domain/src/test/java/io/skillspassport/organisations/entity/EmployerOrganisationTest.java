package io.skillspassport.organisations.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** An organisation's slug is lower-case words joined by hyphens; its texts are stored stripped. */
class EmployerOrganisationTest {

  @Test
  void keepsTheSlugAndStripsTheTexts() {
    EmployerOrganisation o =
        new EmployerOrganisation("northwind-labs", "  Northwind Labs ", "  Applied ML  ");

    assertThat(o.slug()).isEqualTo("northwind-labs");
    assertThat(o.name()).isEqualTo("Northwind Labs");
    assertThat(o.description()).isEqualTo("Applied ML");
  }

  @Test
  void aMissingDescriptionIsEmptyAndARenameReplacesBoth() {
    EmployerOrganisation o = new EmployerOrganisation("helix2", "Helix", null);

    assertThat(o.description()).isEmpty();

    o.rename(" Helix Research ", " Genomics ");

    assertThat(o.name()).isEqualTo("Helix Research");
    assertThat(o.description()).isEqualTo("Genomics");
  }

  @ParameterizedTest
  @ValueSource(strings = {"Northwind", "north wind", "-north", "north-", "north--wind", "", "nörd"})
  void refusesASlugThatIsNotLowerCaseWordsJoinedByHyphens(String slug) {
    assertThatThrownBy(() -> new EmployerOrganisation(slug, "Name", ""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'" + slug + "'");
  }

  @Test
  void refusesABlankName() {
    assertThatThrownBy(() -> new EmployerOrganisation("acme", "  ", ""))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new EmployerOrganisation("acme", null, ""))
        .isInstanceOf(IllegalArgumentException.class);
    EmployerOrganisation o = new EmployerOrganisation("acme", "Acme", "");
    assertThatThrownBy(() -> o.rename(" ", "x")).isInstanceOf(IllegalArgumentException.class);
    assertThat(o.name()).isEqualTo("Acme");
  }
}
