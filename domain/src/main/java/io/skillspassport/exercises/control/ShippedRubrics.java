package io.skillspassport.exercises.control;

import io.skillspassport.exercises.entity.Rubric;
import io.skillspassport.exercises.entity.RubricCriterion;
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
 * Installs the portal's rubrics for the guide's three exercises ({@code content/rubrics/}) as
 * version 1 of each portal rubric. Idempotent like the rest of the shipped content: a rubric that
 * exists is left as it is, so an admin's later versions are never overwritten. Runs inside the
 * caller's transaction.
 */
public final class ShippedRubrics {

  static final String INDEX = "content/rubrics/index.json";

  /** A rubric file as shipped. */
  public record RubricDocument(
      String kind, String title, String description, List<RubricCriterion> criteria) {}

  private final RubricStore store;
  private final Clock clock;
  private final ClassLoader resources;

  public ShippedRubrics(RubricStore store, Clock clock, ClassLoader resources) {
    this.store = Objects.requireNonNull(store, "store");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.resources = Objects.requireNonNull(resources, "resources");
  }

  /**
   * Installs the missing portal rubrics.
   *
   * @return the kinds installed now
   */
  public List<String> install() {
    List<String> installed = new ArrayList<>();
    try (Jsonb json = JsonbBuilder.create()) {
      for (String file : json.fromJson(read(INDEX), String[].class)) {
        RubricDocument doc = json.fromJson(read(file), RubricDocument.class);
        if (store.find(doc.kind(), Rubric.PORTAL).isEmpty()) {
          Rubric rubric = Rubric.portal(doc.kind());
          rubric.saveVersion(
              0,
              doc.title(),
              doc.description(),
              doc.criteria(),
              "shipped with the portal (" + file + ")",
              "content-loader",
              clock.instant());
          store.add(rubric);
          installed.add(doc.kind());
        }
      }
    } catch (Exception e) {
      if (e instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new IllegalStateException("Could not close the JSON reader", e);
    }
    return installed;
  }

  private String read(String name) {
    try (InputStream in = resources.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("Shipped rubric file missing: " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
