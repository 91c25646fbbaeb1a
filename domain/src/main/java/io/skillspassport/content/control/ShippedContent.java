package io.skillspassport.content.control;

import io.skillspassport.assessments.boundary.ShippedBanks;
import io.skillspassport.assessments.boundary.ShippedBanks.BankReport;
import io.skillspassport.assessments.boundary.ShippedBanks.ShippedFamily;
import io.skillspassport.roles.boundary.ShippedRoles;
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
 * Installs the content that ships with the portal — the assessment families, the published roles
 * and the items of the sample banks — into an empty or partly filled database: reads the manifest
 * and the files it lists, and hands each to the door of the component that owns it ({@link
 * ShippedBanks} for families and item banks, {@link ShippedRoles} for roles), which decides what to
 * add and builds its own entities.
 *
 * <p>Idempotent by construction: a family that already exists is left exactly as it is, so a
 * restart never duplicates content. A role that an admin ever edited is left exactly as it is too;
 * a role whose every version came from this loader gets the shipped document as a new published
 * version when the document differs from its newest one. Items are keyed by family, code and
 * content version: a missing item is added, an existing one is never touched, and a bank with a
 * higher {@code contentVersion} retires the older versions' items. Runs inside the caller's
 * transaction.
 */
public final class ShippedContent {

  /** Who the content loader records as the author of the versions it installs. */
  public static final String LOADER = ShippedRoles.LOADER;

  static final String MANIFEST = "content/manifest.json";

  private final ShippedBanks banks;
  private final ShippedRoles roles;
  private final Clock clock;
  private final ClassLoader resources;

  public ShippedContent(
      ShippedBanks banks, ShippedRoles roles, Clock clock, ClassLoader resources) {
    this.banks = Objects.requireNonNull(banks, "banks");
    this.roles = Objects.requireNonNull(roles, "roles");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.resources = Objects.requireNonNull(resources, "resources");
  }

  /**
   * What one installation run did.
   *
   * @param installed the families and roles added
   * @param keptAsTheyWere the families and roles that already existed
   * @param itemBanks what happened to each shipped item bank, in manifest order
   */
  public record Report(
      List<String> installed, List<String> keptAsTheyWere, List<BankReport> itemBanks) {}

  /** Installs whatever shipped content is missing and reports what it did. */
  public Report install() {
    List<String> installed = new ArrayList<>();
    List<String> kept = new ArrayList<>();
    List<BankReport> itemBanks = new ArrayList<>();
    try (Jsonb json = JsonbBuilder.create()) {
      ContentManifest manifest = json.fromJson(read(MANIFEST), ContentManifest.class);
      FamilyDocument[] familyDocs =
          json.fromJson(read(manifest.families()), FamilyDocument[].class);
      for (FamilyDocument doc : familyDocs) {
        boolean added =
            banks.installFamily(
                new ShippedFamily(
                    doc.code(),
                    doc.slug(),
                    doc.name(),
                    doc.description(),
                    doc.sampleAvailable(),
                    doc.displayOrder()));
        (added ? installed : kept).add("family " + doc.code());
      }
      for (String file : manifest.roles()) {
        String text = read(file);
        String slug = json.fromJson(text, RoleSlug.class).slug();
        switch (roles.install(file, text, clock.instant())) {
          case INSTALLED -> installed.add("role " + slug);
          case REPUBLISHED -> installed.add("role " + slug + " (new shipped version)");
          case KEPT -> kept.add("role " + slug);
        }
      }
      for (String file : manifest.itemBanks()) {
        itemBanks.add(banks.installBank(file, read(file)));
      }
    } catch (Exception e) {
      if (e instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new IllegalStateException("Could not close the JSON reader", e);
    }
    return new Report(List.copyOf(installed), List.copyOf(kept), List.copyOf(itemBanks));
  }

  /** The one field of a role document the report names it by. */
  public record RoleSlug(String slug) {}

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
