package io.skillspassport.roles.boundary;

import io.skillspassport.audit.boundary.AuditTrail;
import io.skillspassport.roles.control.RoleStore;
import io.skillspassport.roles.entity.Role;
import io.skillspassport.roles.entity.RoleVersion;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;

/** Role content management for admins. Every method checks that the caller is an admin. */
@ApplicationScoped
@Transactional
public class RoleAdministration {

  @Inject RoleStore store;

  @Inject AuditTrail audit;

  /** Every role, published or not, with its newest published version and open draft. */
  public List<RoleAdminSummary> overview() {
    audit.requireAdmin("the role list");
    return store.all().stream().map(RoleAdministration::summary).toList();
  }

  private static RoleAdminSummary summary(Role role) {
    var published = role.latestPublished();
    var draft = role.openDraft();
    String title =
        published
            .map(RoleVersion::title)
            .or(() -> draft.map(RoleVersion::title))
            .orElse(role.slug());
    return new RoleAdminSummary(
        role.slug(),
        title,
        published.map(RoleVersion::number).orElse(0),
        published.flatMap(RoleVersion::publishedAt).orElse(null),
        published.flatMap(RoleVersion::publishedBy).orElse(null),
        draft.map(RoleVersion::number).orElse(0));
  }
}
