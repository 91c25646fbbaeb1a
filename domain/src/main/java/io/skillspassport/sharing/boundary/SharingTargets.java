package io.skillspassport.sharing.boundary;

import java.util.List;
import java.util.Optional;

/**
 * The organisations a passport can be shared with, as the sharing component needs them. Sharing
 * declares it and the organisations component implements it ({@code
 * organisations.boundary.ShareableOrganisations}), so the dependency runs from organisations to
 * sharing only: organisations ask sharing how many candidates share with them ({@link
 * ShareCounts}), sharing never reaches into the organisations' store or entity.
 */
public interface SharingTargets {

  /** Every organisation, by name. */
  List<OrganisationOption> all();

  /** The organisation {@code slug}, if there is one. */
  Optional<OrganisationOption> bySlug(String slug);
}
