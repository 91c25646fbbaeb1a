package io.skillspassport.content.control;

import io.skillspassport.assessments.control.FamilyStore;
import io.skillspassport.assessments.entity.AssessmentFamily;
import io.skillspassport.roles.control.RoleStore;
import io.skillspassport.roles.entity.Role;
import io.skillspassport.roles.entity.RoleSections;
import io.skillspassport.roles.entity.RoleVersion;
import io.skillspassport.roles.entity.RoleWeight;
import io.skillspassport.roles.entity.WeightPreset;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Installs the content that ships with the portal — the assessment families and the published roles
 * — into an empty or partly filled database.
 *
 * <p>Idempotent by construction: a family or role that already exists is left exactly as it is, so
 * a restart never duplicates content and never overwrites what an admin changed later. Runs inside
 * the caller's transaction.
 */
public final class ShippedContent {

  /** Who the content loader records as the author of the versions it installs. */
  public static final String LOADER = "content-loader";

  static final String MANIFEST = "content/manifest.json";

  private final FamilyStore families;
  private final RoleStore roles;
  private final Clock clock;
  private final ClassLoader resources;

  public ShippedContent(FamilyStore families, RoleStore roles, Clock clock, ClassLoader resources) {
    this.families = Objects.requireNonNull(families, "families");
    this.roles = Objects.requireNonNull(roles, "roles");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.resources = Objects.requireNonNull(resources, "resources");
  }

  /** What one installation run did. */
  public record Report(List<String> installed, List<String> keptAsTheyWere) {}

  /** Installs whatever shipped content is missing and reports what it did. */
  public Report install() {
    List<String> installed = new ArrayList<>();
    List<String> kept = new ArrayList<>();
    try (Jsonb json = JsonbBuilder.create()) {
      ContentManifest manifest = json.fromJson(read(MANIFEST), ContentManifest.class);
      FamilyDocument[] familyDocs =
          json.fromJson(read(manifest.families()), FamilyDocument[].class);
      for (FamilyDocument doc : familyDocs) {
        if (families.byCode(doc.code()).isPresent()) {
          kept.add("family " + doc.code());
        } else {
          families.add(
              new AssessmentFamily(
                  doc.code(),
                  doc.slug(),
                  doc.name(),
                  doc.description(),
                  doc.sampleAvailable(),
                  doc.displayOrder()));
          installed.add("family " + doc.code());
        }
      }
      for (String file : manifest.roles()) {
        String text = read(file);
        RoleDocument doc = json.fromJson(text, RoleDocument.class);
        if (roles.exists(doc.slug())) {
          kept.add("role " + doc.slug());
        } else {
          roles.add(publishedRole(doc, json.fromJson(text, RoleSections.class), file));
          installed.add("role " + doc.slug());
        }
      }
    } catch (Exception e) {
      if (e instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new IllegalStateException("Could not close the JSON reader", e);
    }
    return new Report(List.copyOf(installed), List.copyOf(kept));
  }

  private Role publishedRole(RoleDocument doc, RoleSections sections, String file) {
    if (doc.readinessThreshold() == null) {
      throw new IllegalArgumentException(file + ": readinessThreshold is missing");
    }
    var now = clock.instant();
    Role role = new Role(doc.slug(), now);
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
    return role;
  }

  private String read(String resource) {
    try (InputStream in = resources.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("Shipped content file " + resource + " is missing");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read " + resource, e);
    }
  }
}
