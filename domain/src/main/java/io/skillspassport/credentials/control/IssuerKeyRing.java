package io.skillspassport.credentials.control;

import io.skillspassport.platform.boundary.Settings;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.logging.Logger;

/**
 * The portal's issuer keys, read from the configured key set file and re-read when the file
 * changes, so a rotation ({@code skills-passport-verify.jar rotate-key}) takes effect without a
 * restart on every instance that shares the file.
 *
 * <table>
 *   <caption>Configuration (system property, else environment variable)</caption>
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

  private IssuerKeys keys;
  private FileTime readAt;

  /** The current keys; generates the default file on first use when no file is configured. */
  public synchronized IssuerKeys keys() {
    String configured = Settings.get(KEYS_FILE, "");
    Path file =
        configured.isBlank()
            ? Path.of(Settings.get("passport.data.dir", "data")).resolve(DEFAULT_FILE_NAME)
            : Path.of(configured);
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
