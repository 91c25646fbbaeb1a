package io.skillspassport.content.items;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The item bank files under test. Every file named in {@link #MULTIPLE_CHOICE} is checked by {@link
 * BankFileRulesTest} (format, counts, parameters, balance) and {@link ItemKeysTest} (every key
 * recomputed by the item's own Python check); a new bank is covered by adding its file name here.
 */
final class BankFiles {

  /** Classpath folder of the shipped banks. */
  static final String FOLDER = "content/items/";

  /** Multiple-choice banks in the full format of the bank-format note (3PL, checks, rationales). */
  static final List<String> MULTIPLE_CHOICE =
      List.of("cognitive-reasoning.json", "data-analysis.json", "python-fundamentals.json");

  private BankFiles() {}

  /** Reads one bank from the test classpath (the domain module's main resources). */
  static JsonObject read(String fileName) {
    String resource = FOLDER + fileName;
    try (InputStream in = BankFiles.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalArgumentException("No bank file on the classpath: " + resource);
      }
      try (JsonReader reader = Json.createReader(in)) {
        return reader.readObject();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
