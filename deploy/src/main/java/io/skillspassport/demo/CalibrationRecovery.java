package io.skillspassport.demo;

import io.skillspassport.assessments.boundary.ItemCalibration;
import io.skillspassport.assessments.boundary.ParameterChange;
import io.skillspassport.assessments.boundary.RecoveryCheck;
import io.skillspassport.assessments.entity.AssessmentItem;
import io.skillspassport.assessments.entity.BankSubskill;
import io.skillspassport.assessments.entity.DeliverySettings;
import io.skillspassport.assessments.entity.ItemDetails;
import io.skillspassport.assessments.entity.ItemKind;
import io.skillspassport.assessments.entity.ParameterStatus;
import java.io.PrintStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The calibration screen's recovery check from the command line ({@code --recovery FAMILY}): reads
 * the family's active bank, sub-skills and delivery settings from the database, simulates N seeded
 * candidates answering through the portal's adaptive test, calibrates their responses exactly as
 * the screen does ({@link ItemCalibration#recovery(String, DeliverySettings, List, List, int,
 * long)}) and prints the estimates against the generating parameters with the RMSEs. It writes
 * nothing: simulated responses must never calibrate, or be mistaken for, a real bank.
 */
final class CalibrationRecovery {

  private CalibrationRecovery() {}

  static RecoveryCheck run(Connection c, String family, int candidates, long seed, PrintStream out)
      throws SQLException {
    DeliverySettings settings;
    try (PreparedStatement q =
        c.prepareStatement(
            "select cat_min_items, cat_max_items, cat_target_se, time_limit_minutes"
                + " from assessment_family where code = ?")) {
      q.setString(1, family);
      try (ResultSet rs = q.executeQuery()) {
        if (!rs.next()) {
          throw new IllegalArgumentException(
              "there is no assessment family " + family + " (start the portal once to install it)");
        }
        settings = new DeliverySettings(rs.getInt(1), rs.getInt(2), rs.getDouble(3), rs.getInt(4));
      }
    }
    List<AssessmentItem> bank = new ArrayList<>();
    int version = 0;
    try (PreparedStatement q =
        c.prepareStatement(
            "select code, kind, content_version, bank_position, stem, answer_key,"
                + " discrimination, difficulty, thresholds, guessing, subskill, pretest"
                + " from assessment_item where family_code = ? and retired = false"
                + " and content_version = (select max(content_version) from assessment_item"
                + " where family_code = ? and retired = false) order by bank_position, code")) {
      q.setString(1, family);
      q.setString(2, family);
      try (ResultSet rs = q.executeQuery()) {
        while (rs.next()) {
          version = rs.getInt("content_version");
          bank.add(item(family, rs));
        }
      }
    }
    if (bank.isEmpty()) {
      throw new IllegalArgumentException(family + " has no active item bank");
    }
    List<BankSubskill> subskills = new ArrayList<>();
    try (PreparedStatement q =
        c.prepareStatement(
            "select code, name, share from bank_subskill where family_code = ?"
                + " and content_version = ? order by code")) {
      q.setString(1, family);
      q.setInt(2, version);
      try (ResultSet rs = q.executeQuery()) {
        while (rs.next()) {
          subskills.add(
              new BankSubskill(family, version, rs.getString(1), rs.getString(2), rs.getDouble(3)));
        }
      }
    }
    RecoveryCheck check =
        ItemCalibration.recovery(family, settings, bank, subskills, candidates, seed);
    out.printf(
        "recovery check of %s bank version %d: %d simulated candidates, seed %d, %s model%n",
        family, version, candidates, seed, check.calibration().model());
    out.println(
        "  " + check.calibration().latentText() + " (latent distribution on the bank scale)");
    for (ParameterChange p : check.calibration().changes()) {
      out.printf(
          "  %s (%d responses): a %s; b %s; c %s; generating %s%n",
          p.code(), p.responses(), p.aText(), p.bText(), p.cText(), p.generatingText());
    }
    out.println("  " + check.summary());
    return check;
  }

  /**
   * Option texts stand-ins: the simulation needs an item's parameters, key and categories, never
   * its texts (and reading the stored texts would need the JPA converter, not on this tool's path).
   */
  private static List<String> placeholders(int count) {
    List<String> out = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      out.add("option " + i);
    }
    return out;
  }

  private static AssessmentItem item(String family, ResultSet rs) throws SQLException {
    String code = rs.getString("code");
    String key = rs.getString("answer_key");
    double a = rs.getDouble("discrimination");
    AssessmentItem item;
    if (ItemKind.valueOf(rs.getString("kind")) == ItemKind.GRADED_RESPONSE) {
      item =
          AssessmentItem.gradedResponse(
              family,
              code,
              rs.getInt("content_version"),
              rs.getInt("bank_position"),
              null,
              rs.getString("stem"),
              placeholders(key.split(",").length),
              Arrays.stream(key.split(",")).map(Integer::valueOf).toList(),
              null,
              a,
              Arrays.stream(rs.getString("thresholds").split(","))
                  .mapToDouble(Double::parseDouble)
                  .toArray());
    } else {
      int correct = Integer.parseInt(key);
      List<String> options = placeholders(Math.max(2, correct + 1));
      double b = rs.getDouble("difficulty");
      double c = rs.getDouble("guessing");
      boolean threePl = !rs.wasNull();
      item =
          threePl
              ? AssessmentItem.threePl(
                  family,
                  code,
                  rs.getInt("content_version"),
                  rs.getInt("bank_position"),
                  rs.getString("stem"),
                  null,
                  options,
                  correct,
                  null,
                  a,
                  b,
                  c)
              : AssessmentItem.twoPl(
                  family,
                  code,
                  rs.getInt("content_version"),
                  rs.getInt("bank_position"),
                  rs.getString("stem"),
                  null,
                  options,
                  correct,
                  null,
                  a,
                  b);
    }
    String subskill = rs.getString("subskill");
    return item.describe(
        new ItemDetails(
            subskill == null ? "" : subskill,
            rs.getBoolean("pretest"),
            Optional.empty(),
            ParameterStatus.PROVISIONAL,
            List.of(),
            OptionalInt.empty()));
  }
}
