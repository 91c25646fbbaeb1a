package io.skillspassport.imports.boundary;

import io.skillspassport.assessments.boundary.AssessmentFamilies;
import io.skillspassport.assessments.boundary.FamilySummary;
import io.skillspassport.audit.boundary.AuditAction;
import io.skillspassport.audit.boundary.AuditTrail;
import io.skillspassport.imports.control.ImportStore;
import io.skillspassport.imports.entity.AssessmentEngine;
import io.skillspassport.imports.entity.EquatingMethod;
import io.skillspassport.platform.boundary.Guard;
import io.skillspassport.platform.boundary.Rejected;
import io.skillspassport.scoring.equating.EquatingTable;
import io.skillspassport.scoring.scale.ReportingScale;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Outside assessment engines as admins manage them: register an engine (its name, the Keycloak
 * client it posts results as, its external scale and the families it measures) and upload its
 * equating table with the linking error. Every method checks that the caller is an admin; every
 * change is audited.
 *
 * <p>The table is the {@code x ey} output of the scoring tool's {@code equate} command (mean,
 * linear or equipercentile equating of the engine's score distribution onto a distribution of
 * 300–850 scores of the same population), read by {@link EquatingTable#parse}. Its equivalents must
 * lie on the reporting scale. The linking error is the standard error of that equating in scale
 * points (e.g. from bootstrap replications of the equating); it is added in quadrature to every
 * imported result's SEM ({@link io.skillspassport.scoring.equating.LinkedScore}). A new upload
 * replaces the table for results received afterwards; results already received keep what they were
 * linked with.
 */
@ApplicationScoped
@Transactional
public class Engines {

  @Inject Clock clock;

  static final int NAME_LENGTH = 200;
  static final int SCALE_LENGTH = 1000;
  static final int TABLE_LENGTH = 65535;
  private static final String CLIENT_ID = "[A-Za-z0-9][A-Za-z0-9._-]{0,199}";

  @Inject ImportStore store;

  @Inject AssessmentFamilies families;

  @Inject Guard guard;

  @Inject AuditTrail log;

  /** Every registered engine by name. */
  public List<EngineSummary> overview() {
    guard.requireAdmin("the engine list");
    return store.engines().stream().map(this::summary).toList();
  }

  /**
   * Registers an engine.
   *
   * @param familyCodes the families it may send results for (codes of existing families)
   * @throws Rejected naming the field at fault
   */
  public EngineSummary register(
      String name, String clientId, String scaleDescription, List<String> familyCodes) {
    guard.requireAdmin("registering an assessment engine");
    String cleanName = required(name, "name", NAME_LENGTH, "An engine needs a name");
    String client = clientId == null ? "" : clientId.strip();
    if (!client.matches(CLIENT_ID)) {
      throw new Rejected(
          "clientId",
          "A Keycloak client id is letters, digits, '.', '_' and '-' (at most 200); was '"
              + client
              + "'");
    }
    if (store.engineOfClient(client).isPresent()) {
      throw new Rejected(
          "clientId", "The client '" + client + "' is registered for another engine already");
    }
    String scale =
        required(
            scaleDescription,
            "scale",
            SCALE_LENGTH,
            "Describe the engine's scale (range, what a point means)");
    Set<String> known =
        families.catalogue().stream().map(FamilySummary::code).collect(Collectors.toSet());
    List<String> codes =
        familyCodes == null
            ? List.of()
            : familyCodes.stream().map(c -> c.strip().toUpperCase(Locale.ROOT)).distinct().toList();
    if (codes.isEmpty()) {
      throw new Rejected("families", "Choose at least one family the engine measures");
    }
    for (String code : codes) {
      if (!known.contains(code)) {
        throw new Rejected("families", "There is no assessment family '" + code + "'");
      }
    }
    AssessmentEngine engine =
        store.add(new AssessmentEngine(cleanName, client, scale, codes, Instant.now(clock)));
    log.record(
        AuditAction.ENGINE_CHANGED,
        "engine " + client,
        "registered '" + cleanName + "' for " + String.join(", ", codes));
    return summary(engine);
  }

  /**
   * Uploads (or replaces) an engine's equating table.
   *
   * @param method "mean", "linear" or "equipercentile"
   * @param tableText the {@code x ey} lines of the scoring tool's {@code equate} command
   * @param linkingError the standard error of the equating in scale points, {@code >= 0}
   * @throws Rejected naming the field at fault
   */
  public EngineSummary uploadTable(
      long engineId, String method, String tableText, double linkingError) {
    guard.requireAdmin("uploading an equating table");
    AssessmentEngine engine =
        store
            .engine(engineId)
            .orElseThrow(() -> new Rejected("engine", "There is no engine " + engineId));
    EquatingMethod m;
    try {
      m = EquatingMethod.valueOf(method == null ? "" : method.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException unknown) {
      throw new Rejected(
          "method", "The method is mean, linear or equipercentile; was '" + method + "'");
    }
    if (tableText == null || tableText.isBlank()) {
      throw new Rejected("table", "Paste or upload the table the equate command printed");
    }
    if (tableText.length() > TABLE_LENGTH) {
      throw new Rejected(
          "table", "A table has at most " + TABLE_LENGTH + " characters; this one has more");
    }
    EquatingTable table;
    try {
      table = EquatingTable.parse(tableText);
    } catch (IllegalArgumentException bad) {
      throw new Rejected("table", bad.getMessage());
    }
    ReportingScale scale = ReportingScale.standard();
    if (!scale.contains(table.minEquivalent()) || !scale.contains(table.maxEquivalent())) {
      throw new Rejected(
          "table",
          "Every equivalent must lie on the reporting scale "
              + scale.minimum()
              + "–"
              + scale.maximum()
              + "; this table reaches "
              + table.minEquivalent()
              + "–"
              + table.maxEquivalent());
    }
    if (!Double.isFinite(linkingError) || linkingError < 0) {
      throw new Rejected(
          "linkingError",
          "The linking error is a number >= 0 in scale points; was " + linkingError);
    }
    engine.useTable(m, table.format(), linkingError, Instant.now(clock));
    log.record(
        AuditAction.ENGINE_CHANGED,
        "engine " + engine.clientId(),
        "equating table uploaded: "
            + m.name().toLowerCase(Locale.ROOT)
            + ", "
            + table.size()
            + " points, "
            + table.minScore()
            + "–"
            + table.maxScore()
            + ", linking error "
            + linkingError);
    return summary(engine);
  }

  private static String required(String value, String field, int max, String message) {
    if (value == null || value.isBlank()) {
      throw new Rejected(field, message);
    }
    String clean = value.strip();
    if (clean.length() > max) {
      throw new Rejected(field, "At most " + max + " characters; this has " + clean.length());
    }
    return clean;
  }

  private EngineSummary summary(AssessmentEngine e) {
    Optional<EngineSummary.TableSummary> table =
        e.equatingTable()
            .map(
                text -> {
                  EquatingTable t = EquatingTable.parse(text);
                  return new EngineSummary.TableSummary(
                      e.equatingMethod().orElseThrow().name().toLowerCase(Locale.ROOT),
                      t.size(),
                      t.minScore(),
                      t.maxScore(),
                      e.linkingError().orElseThrow(),
                      e.tableUploadedAt().orElseThrow(),
                      text);
                });
    return new EngineSummary(
        e.id(),
        e.name(),
        e.clientId(),
        e.scaleDescription(),
        e.familyCodes(),
        table,
        e.id() == null ? 0 : store.resultsOf(e));
  }
}
