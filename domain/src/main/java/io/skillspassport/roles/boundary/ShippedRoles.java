package io.skillspassport.roles.boundary;

import io.skillspassport.roles.control.RoleDocument;
import io.skillspassport.roles.control.RoleStore;
import io.skillspassport.roles.entity.Role;
import io.skillspassport.roles.entity.RoleVersion;
import io.skillspassport.roles.entity.RoleWeight;
import io.skillspassport.roles.entity.WeightPreset;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Installs the roles that ship with the portal, for the content component's start-up installation:
 * the content component reads the shipped files, this door alone builds and publishes the role
 * versions. Runs inside the caller's transaction; it checks no caller because only start-up code
 * calls it.
 *
 * <p>A role that an admin ever edited is left exactly as it is; a role whose every version came
 * from the loader gets the shipped document as a new published version when the document differs
 * from its newest one (a corrected seed reaches an existing database; the older version stays in
 * the history), and is left alone when it does not.
 */
@ApplicationScoped
public class ShippedRoles {

  /** Who the content loader records as the author of the versions it installs. */
  public static final String LOADER = "content-loader";

  @Inject RoleStore roles;

  protected ShippedRoles() {}

  /** For use outside a container, such as installation tests in Java SE. */
  public ShippedRoles(RoleStore roles) {
    this.roles = Objects.requireNonNull(roles, "roles");
  }

  /** What installing one shipped role did. */
  public enum Outcome {
    /** The role did not exist: it was added with the document as its first published version. */
    INSTALLED,
    /** Only the loader had written it and the document differs: published as its next version. */
    REPUBLISHED,
    /** Left as it was: an admin edited it, or it already says what the document says. */
    KEPT
  }

  /**
   * Installs one shipped role document.
   *
   * @param file the document's resource name, for error messages
   * @param json the document's text: the role's slug, title, threshold, weights and presets and, in
   *     the same object, its sections
   * @param now when it is installed
   * @throws IllegalArgumentException when the document has no readiness threshold
   */
  public Outcome install(String file, String json, Instant now) {
    RoleDocument doc;
    RoleSections sections;
    try (Jsonb jsonb = JsonbBuilder.create()) {
      doc = jsonb.fromJson(json, RoleDocument.class);
      sections = jsonb.fromJson(json, RoleSections.class);
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException("Could not close the JSON reader", e);
    }
    var existing = roles.bySlug(doc.slug());
    if (existing.isEmpty()) {
      Role role = new Role(doc.slug(), now);
      publishShipped(role, doc, sections, file, now);
      roles.add(role);
      return Outcome.INSTALLED;
    }
    if (onlyShipped(existing.get()) && !sameContent(existing.get(), doc, sections)) {
      publishShipped(existing.get(), doc, sections, file, now);
      return Outcome.REPUBLISHED;
    }
    return Outcome.KEPT;
  }

  /**
   * Whether every version of the role came from this loader: no admin ever edited it, so a newer
   * shipped text (a corrected seed) may be published over it without overwriting anyone's work.
   */
  private static boolean onlyShipped(Role role) {
    return role.versions().stream().allMatch(v -> LOADER.equals(v.createdBy()) && v.isPublished());
  }

  /**
   * Whether the newest published version already says what the shipped document says: title,
   * threshold, every section, and the weights and presets compared by family and key (the order
   * they come back from the database in does not matter; relevances by value, so 0.6 = 0.60).
   */
  private static boolean sameContent(Role role, RoleDocument doc, RoleSections sections) {
    RoleVersion latest = role.latestPublished().orElseThrow();
    Map<String, String> storedWeights = new TreeMap<>();
    latest
        .weights()
        .forEach(w -> storedWeights.put(w.familyCode(), weight(w.relevance(), w.rationale())));
    Map<String, String> shippedWeights = new TreeMap<>();
    doc.weights()
        .forEach(w -> shippedWeights.put(w.family(), weight(w.relevance(), w.rationale())));
    Map<String, String> storedPresets = new TreeMap<>();
    latest
        .presets()
        .forEach(p -> storedPresets.put(p.key(), preset(p.name(), p.description(), p.weights())));
    Map<String, String> shippedPresets = new TreeMap<>();
    if (doc.presets() != null) {
      doc.presets()
          .forEach(
              p -> shippedPresets.put(p.key(), preset(p.name(), p.description(), p.weights())));
    }
    return latest.title().equals(doc.title())
        && Integer.valueOf(latest.readinessThreshold()).equals(doc.readinessThreshold())
        && latest.sections().equals(sections)
        && storedWeights.equals(shippedWeights)
        && storedPresets.equals(shippedPresets);
  }

  private static String weight(BigDecimal relevance, String rationale) {
    return relevance.stripTrailingZeros().toPlainString() + "\u0000" + rationale;
  }

  private static String preset(String name, String description, Map<String, BigDecimal> weights) {
    Map<String, String> plain = new TreeMap<>();
    weights.forEach((family, w) -> plain.put(family, w.stripTrailingZeros().toPlainString()));
    return name + "\u0000" + description + "\u0000" + plain;
  }

  /** Publishes the shipped document as the role's next version (its first for a new role). */
  private static void publishShipped(
      Role role, RoleDocument doc, RoleSections sections, String file, Instant now) {
    if (doc.readinessThreshold() == null) {
      throw new IllegalArgumentException(file + ": readinessThreshold is missing");
    }
    RoleVersion draft = role.draft(LOADER, now);
    draft.edit(doc.title(), sections, doc.readinessThreshold());
    draft.replaceWeights(
        doc.weights().stream()
            .map(w -> new RoleWeight(w.family(), w.relevance(), w.rationale()))
            .toList());
    draft.replacePresets(
        doc.presets() == null
            ? List.of()
            : doc.presets().stream()
                .map(p -> new WeightPreset(p.key(), p.name(), p.description(), p.weights()))
                .toList());
    draft.publish(LOADER, now);
  }
}
