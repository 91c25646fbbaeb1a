package io.skillspassport.web.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.skillspassport.roles.boundary.RoleVersionInfo;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The status column of the version list: only the newest published version is "Published" (it is
 * the one the public page shows); older published versions are "Superseded"; unpublished ones are
 * drafts.
 */
class RoleVersionsViewTest {

  private static RoleVersionInfo version(int number, boolean published) {
    Instant at = Instant.parse("2026-11-0" + number + "T10:00:00Z");
    return new RoleVersionInfo(
        number,
        published ? "PUBLISHED" : "DRAFT",
        "Role",
        "it-admin",
        at,
        published ? "it-admin" : null,
        published ? at : null,
        List.of(),
        List.of());
  }

  @Test
  void onlyTheNewestPublishedVersionIsPublishedAndOlderOnesAreSuperseded() {
    RoleVersionInfo draft = version(4, false);
    RoleVersionInfo current = version(3, true);
    RoleVersionInfo older = version(2, true);
    RoleVersionInfo first = version(1, true);
    List<RoleVersionInfo> all = List.of(draft, current, older, first);

    assertEquals("Draft", RoleVersionsView.status(draft, all));
    assertEquals("Published", RoleVersionsView.status(current, all));
    assertEquals("Superseded", RoleVersionsView.status(older, all));
    assertEquals("Superseded", RoleVersionsView.status(first, all));
  }

  @Test
  void aRoleThatWasNeverPublishedHasOnlyDrafts() {
    RoleVersionInfo draft = version(1, false);
    assertEquals("Draft", RoleVersionsView.status(draft, List.of(draft)));
  }
}
