package io.skillspassport.organisations.boundary;

import io.skillspassport.organisations.control.OrganisationStore;
import io.skillspassport.organisations.entity.EmployerOrganisation;
import io.skillspassport.sharing.boundary.OrganisationOption;
import io.skillspassport.sharing.boundary.SharingTargets;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The organisations' side of {@link SharingTargets}: every employer organisation as a sharing
 * option (slug, name, description — what the public sharing form shows anyway). The sharing
 * boundaries that call it check their caller.
 */
@ApplicationScoped
@Transactional
public class ShareableOrganisations implements SharingTargets {

  @Inject OrganisationStore store;

  protected ShareableOrganisations() {}

  /** For use outside a container, such as boundary tests in Java SE. */
  public ShareableOrganisations(OrganisationStore store) {
    this.store = Objects.requireNonNull(store, "store");
  }

  @Override
  public List<OrganisationOption> all() {
    return store.all().stream().map(ShareableOrganisations::option).toList();
  }

  @Override
  public Optional<OrganisationOption> bySlug(String slug) {
    return store.bySlug(slug).map(ShareableOrganisations::option);
  }

  private static OrganisationOption option(EmployerOrganisation o) {
    return new OrganisationOption(o.slug(), o.name(), o.description());
  }
}
