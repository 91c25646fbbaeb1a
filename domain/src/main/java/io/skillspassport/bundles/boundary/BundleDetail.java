package io.skillspassport.bundles.boundary;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * A bundle as its editor shows it: the newest version's settings, the history and the presets of
 * the role it was built from. {@code lockVersion} is what a rename is checked against: it changes
 * with every rename, save and archiving.
 */
public record BundleDetail(
    long id,
    long lockVersion,
    String name,
    String baseRole,
    String roleTitle,
    boolean archived,
    BundleSettings latest,
    List<VersionSummary> history,
    List<Preset> presets)
    implements Serializable {

  /** One saved version. */
  public record VersionSummary(
      int number, int roleVersionNumber, int threshold, String savedByName, Instant savedAt)
      implements Serializable {}

  /** A named weight variant of the base role. */
  public record Preset(String key, String name, String description) implements Serializable {}
}
