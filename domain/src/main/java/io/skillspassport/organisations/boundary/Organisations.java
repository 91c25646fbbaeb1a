package io.skillspassport.organisations.boundary;

import io.skillspassport.audit.boundary.AuditAction;
import io.skillspassport.audit.boundary.AuditTrail;
import io.skillspassport.organisations.control.OrganisationStore;
import io.skillspassport.organisations.entity.EmployerOrganisation;
import io.skillspassport.platform.boundary.Conflict;
import io.skillspassport.platform.boundary.Guard;
import io.skillspassport.platform.boundary.Rejected;
import io.skillspassport.sharing.boundary.ShareCounts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;

/**
 * Employer organisations as admins manage them. Every method checks that the caller is an admin.
 *
 * <p>The portal keeps the organisation records (slug, name, description); who belongs to one is
 * decided in Keycloak through the {@code organisation} user attribute, which reaches the portal as
 * a claim. People thus have one source of truth, the identity provider where they sign in, and an
 * employer who leaves is removed in one place.
 */
@ApplicationScoped
@Transactional
public class Organisations {

  private static final String SLUG = "[a-z0-9]+(-[a-z0-9]+)*";

  @Inject OrganisationStore store;

  @Inject ShareCounts shares;

  @Inject Guard guard;

  @Inject AuditTrail log;

  @Inject Clock clock;

  /** Every organisation by name, with how many passports are currently shared with it. */
  public List<OrganisationSummary> overview() {
    guard.requireAdmin("the organisation list");
    return store.all().stream().map(this::summary).toList();
  }

  /**
   * Adds an organisation; employers join it when Keycloak gives them {@code organisation=<slug>}.
   *
   * @return the organisation with the version it was stored with: a rename can be sent with it
   * @throws Rejected when the slug is malformed or taken, or the name is blank
   */
  public OrganisationSummary create(String slug, String name, String description) {
    guard.requireAdmin("creating an organisation");
    String clean = slug == null ? "" : slug.strip();
    if (clean.length() > SLUG_LENGTH) {
      throw new Rejected(
          "slug",
          "A slug has at most " + SLUG_LENGTH + " characters; this one has " + clean.length());
    }
    if (!clean.matches(SLUG)) {
      throw new Rejected(
          "slug",
          "A slug is lower-case words joined by hyphens, such as acme-analytics; was '"
              + clean
              + "'");
    }
    if (store.bySlug(clean).isPresent()) {
      throw new Rejected("slug", "An organisation called '" + clean + "' exists already");
    }
    if (name == null || name.isBlank()) {
      throw new Rejected("name", "An organisation needs a name");
    }
    requireFits(name, description);
    EmployerOrganisation organisation =
        store.add(new EmployerOrganisation(clean, name, description));
    store.flush();
    log.record(
        AuditAction.ORGANISATION_CHANGED,
        "organisation " + clean,
        "created as " + organisation.name());
    return summary(organisation);
  }

  /**
   * Renames and describes an organisation; its slug, and so its members, stay.
   *
   * @param expectedVersion the version the admin loaded
   * @return the organisation with its new version: the next rename can be sent with it
   * @throws Conflict when it was changed in the meantime
   * @throws Rejected when the organisation is unknown, or the name is blank
   */
  public OrganisationSummary rename(
      String slug, long expectedVersion, String name, String description) {
    guard.requireAdmin("renaming organisation " + slug);
    EmployerOrganisation organisation =
        store
            .bySlug(slug == null ? "" : slug)
            .orElseThrow(() -> new Rejected("slug", "No organisation is called '" + slug + "'"));
    if (organisation.version() != expectedVersion) {
      throw changedMeanwhile(organisation.name());
    }
    if (name == null || name.isBlank()) {
      throw new Rejected("name", "An organisation needs a name");
    }
    requireFits(name, description);
    String before = organisation.name();
    organisation.rename(name, description);
    try {
      store.flush();
    } catch (OptimisticLockException raced) {
      throw changedMeanwhile(before);
    }
    log.record(
        AuditAction.ORGANISATION_CHANGED,
        "organisation " + organisation.slug(),
        "renamed from " + before + " to " + organisation.name());
    return summary(organisation);
  }

  private static Conflict changedMeanwhile(String name) {
    return new Conflict("Someone else changed " + name + " after you loaded it; reload the page");
  }

  /** The organisation as it is now; after a change, flushed first so its version is the new one. */
  private OrganisationSummary summary(EmployerOrganisation o) {
    return new OrganisationSummary(
        o.slug(),
        o.name(),
        o.description(),
        o.version(),
        shares.candidatesSharingWith(o.slug(), clock.instant()));
  }

  /** Column lengths of employer_organisation (V3): longer text is refused with a message. */
  private static final int SLUG_LENGTH = 80;

  private static final int NAME_LENGTH = 200;

  private static final int DESCRIPTION_LENGTH = 2000;

  private static void requireFits(String name, String description) {
    if (name.strip().length() > NAME_LENGTH) {
      throw new Rejected(
          "name",
          "An organisation name has at most "
              + NAME_LENGTH
              + " characters; this one has "
              + name.strip().length());
    }
    if (description != null && description.strip().length() > DESCRIPTION_LENGTH) {
      throw new Rejected(
          "description",
          "A description has at most "
              + DESCRIPTION_LENGTH
              + " characters; this one has "
              + description.strip().length());
    }
  }
}
