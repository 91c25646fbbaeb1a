package io.skillspassport.credentials.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The portal's issuer keys, read from the configured key set file and re-read when the file
 * changes, so a rotation ({@code skills-passport-verify.jar rotate-key}) takes effect without a
 * restart on every instance that shares the file.
 *
 * <table>
 *   <caption>Configuration (MicroProfile Config: system property, else environment variable)</caption>
 *   <tr><th>property</th><th>variable</th><th>default</th></tr>
 *   <tr><td>passport.credential.keys</td><td>PASSPORT_CREDENTIAL_KEYS</td>
 *       <td>DATA/credential-keys.jwks.json, generated on first use</td></tr>
 *   <tr><td>passport.data.dir</td><td>PASSPORT_DATA_DIR</td><td>./data</td></tr>
 * </table>
 */
@ApplicationScoped
public class IssuerKeyRing {

  /** The setting that names the key set file ({@code PASSPORT_CREDENTIAL_KEYS}). */
  public static final String KEYS_FILE = "passport.credential.keys";

  /** The key set file's name in the data folder when none is configured. */
  public static final String DEFAULT_FILE_NAME = "credential-keys.jwks.json";

  private static final Logger LOG = Logger.getLogger(IssuerKeyRing.class.getName());

  /** {@code PASSPORT_CREDENTIAL_KEYS}; a Java SE test sets it. */
  @Inject
  @ConfigProperty(name = KEYS_FILE)
  Optional<String> keysFile = Optional.empty();

  /** {@code PASSPORT_DATA_DIR}, where the default key set file lives. */
  @Inject
  @ConfigProperty(name = "passport.data.dir", defaultValue = "data")
  String dataDir = "data";

  private IssuerKeys keys;

  /** For a Java SE test or tool: the key set in {@code file}. */
  public static IssuerKeyRing of(Path file) {
    IssuerKeyRing ring = new IssuerKeyRing();
    ring.keysFile = Optional.of(file.toString());
    return ring;
  }

  private FileTime readAt;

  /** The current keys; generates the default file on first use when no file is configured. */
  public synchronized IssuerKeys keys() {
    String configured = keysFile.orElse("");
    Path file =
        configured.isBlank() ? Path.of(dataDir).resolve(DEFAULT_FILE_NAME) : Path.of(configured);
    file = file.toAbsolutePath().normalize();
    if (!Files.exists(file)) {
      if (!configured.isBlank()) {
        throw new IllegalStateException(
            "PASSPORT_CREDENTIAL_KEYS names " + file + ", which does not exist");
      }
      IssuerKeys generated = IssuerKeys.generate();
      generated.write(file);
      Path written = file;
      LOG.info(() -> "Generated the credential issuer key set " + written);
    }
    FileTime modified = modified(file);
    if (keys == null || !modified.equals(readAt)) {
      keys = IssuerKeys.read(file);
      readAt = modified;
    }
    return keys;
  }

  private static FileTime modified(Path file) {
    try {
      return Files.getLastModifiedTime(file);
    } catch (IOException e) {
      throw new IllegalStateException("Cannot read the issuer key set " + file + ": " + e, e);
    }
  }
}
