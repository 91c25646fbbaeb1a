package io.skillspassport.roles.entity;

import static org.assertj.core.api.Assertions.assertThat;

import io.skillspassport.roles.boundary.RoleSections;
import io.skillspassport.roles.boundary.RoleSectionsTest;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The {@code sections} column keeps the boundary's {@link RoleSections} as JSON named by record
 * components only, so a document stored while the record lived in this package reads unchanged.
 */
class RoleSectionsConverterTest {

  private final RoleSectionsConverter converter = new RoleSectionsConverter();

  @Test
  void aStoredDocumentReadsIntoTheSections() {
    // Written by hand in the column's format: component names, absent sections left out.
    String stored =
        """
        {"headline":"How to become one","compensation":{"asOf":"2026","currency":"USD",\
        "dataNotice":"Verify.","max":300,"median":200,"min":100,"region":"US"},\
        "activities":[{"description":"Frames questions","title":"Framing"}],\
        "sources":[{"citation":"A citation"}],"takeaway":"Take it"}""";

    RoleSections read = converter.convertToEntityAttribute(stored);

    assertThat(read)
        .isEqualTo(
            RoleSections.builder()
                .headline("How to become one")
                .compensation(
                    new RoleSections.Compensation("USD", 100, 200, 300, "US", "2026", "Verify."))
                .activities(List.of(new RoleSections.TitledText("Framing", "Frames questions")))
                .sources(List.of(new RoleSections.Source("A citation", null)))
                .takeaway("Take it")
                .build());
  }

  @Test
  void everySectionComesBackFromTheColumn() {
    RoleSections sections = RoleSectionsTest.complete();

    assertThat(converter.convertToEntityAttribute(converter.convertToDatabaseColumn(sections)))
        .isEqualTo(sections);
  }
}
