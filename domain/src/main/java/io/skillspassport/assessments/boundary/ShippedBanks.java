package io.skillspassport.assessments.boundary;

import io.skillspassport.assessments.control.FamilyStore;
import io.skillspassport.assessments.control.ItemStore;
import io.skillspassport.assessments.entity.AssessmentFamily;
import io.skillspassport.assessments.entity.AssessmentItem;
import io.skillspassport.assessments.entity.BankSubskill;
import io.skillspassport.assessments.entity.ItemDetails;
import io.skillspassport.assessments.entity.ParameterStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Installs the assessment families and item banks that ship with the portal, for the content
 * component's start-up installation: the content component reads the shipped files, this door alone
 * builds and stores the families, sub-skills and items. Runs inside the caller's transaction; it
 * checks no caller because only start-up code calls it.
 *
 * <p>A family that already exists is left exactly as it is. Items are keyed by family, code and
 * content version: a missing item is added, an existing one is never touched, and a bank with a
 * higher {@code contentVersion} adds its items as new rows and retires the older versions' items
 * (attempts already started keep theirs). The bank format (BANK-FORMAT, see the README): besides
 * texts, key and parameters, the optional {@code parameterStatus} (default PROVISIONAL), {@code
 * subskills} (code, name, target share) and per item {@code subskill}, {@code difficulty} (the
 * writer's 1–6 rating), {@code pretest}, {@code material}, {@code distractorRationales} and {@code
 * c}. A multiple-choice item with {@code c} is a 3PL item, without it a 2PL item. An item's
 * sub-skill must be one of the bank's sub-skills when the bank lists any.
 */
@ApplicationScoped
public class ShippedBanks {

  /** The fewest operational items a bank needs before its family is offered (the CAT minimum). */
  static final int MIN_OPERATIONAL = 8;

  @Inject FamilyStore families;

  @Inject ItemStore items;

  protected ShippedBanks() {}

  /** For use outside a container, such as installation tests in Java SE. */
  public ShippedBanks(FamilyStore families, ItemStore items) {
    this.families = Objects.requireNonNull(families, "families");
    this.items = Objects.requireNonNull(items, "items");
  }

  /**
   * A shipped assessment family.
   *
   * @param displayOrder its place in the catalogue
   */
  public record ShippedFamily(
      String code,
      String slug,
      String name,
      String description,
      boolean sampleAvailable,
      int displayOrder) {}

  /**
   * What happened to one shipped item bank.
   *
   * @param installed items added now
   * @param kept items of this version that already existed (left as they were)
   * @param retired items of older versions retired now
   */
  public record BankReport(
      String family, int contentVersion, int installed, int kept, int retired) {

    @Override
    public String toString() {
      return "item bank %s v%d: %d installed, %d kept, %d retired"
          .formatted(family, contentVersion, installed, kept, retired);
    }
  }

  /**
   * Adds a shipped family unless a family with its code exists.
   *
   * @return true when it was added now, false when it existed (and was left as it was)
   */
  public boolean installFamily(ShippedFamily family) {
    if (families.byCode(family.code()).isPresent()) {
      return false;
    }
    families.add(
        new AssessmentFamily(
            family.code(),
            family.slug(),
            family.name(),
            family.description(),
            family.sampleAvailable(),
            family.displayOrder()));
    return true;
  }

  /**
   * Installs one shipped item bank.
   *
   * @param file the bank's resource name, for error messages
   * @param json the bank file's text
   * @throws IllegalArgumentException for an unknown family, a missing field or a sub-skill the bank
   *     does not list
   */
  public BankReport installBank(String file, String json) {
    JsonObject bank;
    try (JsonReader reader = Json.createReader(new StringReader(json))) {
      bank = reader.readObject();
    }
    String family = bank.getString("family");
    int version = bank.getInt("contentVersion");
    if (families.byCode(family).isEmpty()) {
      throw new IllegalArgumentException(file + ": unknown family " + family);
    }
    ParameterStatus status =
        ParameterStatus.valueOf(
            bank.containsKey("parameterStatus")
                ? bank.getString("parameterStatus")
                : ParameterStatus.PROVISIONAL.name());
    List<String> subskillCodes = new ArrayList<>();
    if (bank.containsKey("subskills") && !bank.isNull("subskills")) {
      boolean stored = !items.subskills(family, version).isEmpty();
      for (JsonValue value : bank.getJsonArray("subskills")) {
        JsonObject subskill = value.asJsonObject();
        subskillCodes.add(subskill.getString("code"));
        if (!stored) {
          items.add(
              new BankSubskill(
                  family,
                  version,
                  subskill.getString("code"),
                  subskill.getString("name"),
                  subskill.getJsonNumber("share").doubleValue()));
        }
      }
    }
    int added = 0;
    int kept = 0;
    int position = 0;
    for (JsonValue value : bank.getJsonArray("items")) {
      JsonObject item = value.asJsonObject();
      position++;
      if (items.byKey(family, item.getString("code"), version).isPresent()) {
        kept++;
      } else {
        ItemDetails details = details(file, item, status);
        if (!subskillCodes.isEmpty() && !subskillCodes.contains(details.subskill())) {
          throw new IllegalArgumentException(
              file
                  + ", item "
                  + item.getString("code")
                  + ": sub-skill '"
                  + details.subskill()
                  + "' is not one of "
                  + subskillCodes);
        }
        items.add(item(file, family, version, position, item).describe(details));
        added++;
      }
    }
    if (added > 0) {
      offerWhenDeliverable(family);
    }
    int newest =
        items.allVersions(family).stream()
            .mapToInt(AssessmentItem::contentVersion)
            .max()
            .orElse(version);
    return new BankReport(family, version, added, kept, items.retireOlderThan(family, newest));
  }

  private static AssessmentItem item(
      String file, String family, int version, int position, JsonObject item) {
    String code = item.getString("code");
    try {
      double a = item.getJsonNumber("a").doubleValue();
      if (item.containsKey("thresholds")) {
        List<String> texts = new ArrayList<>();
        List<Integer> categories = new ArrayList<>();
        for (JsonValue option : item.getJsonArray("options")) {
          texts.add(option.asJsonObject().getString("text"));
          categories.add(option.asJsonObject().getInt("category"));
        }
        return AssessmentItem.gradedResponse(
            family,
            code,
            version,
            position,
            item.getString("scenario"),
            item.getString("prompt"),
            texts,
            categories,
            optionalText(item, "rationale"),
            a,
            item.getJsonArray("thresholds").getValuesAs(JsonNumber.class).stream()
                .mapToDouble(JsonNumber::doubleValue)
                .toArray());
      }
      List<String> options =
          item.getJsonArray("options").getValuesAs(JsonString.class).stream()
              .map(JsonString::getString)
              .toList();
      if (item.containsKey("c") && !item.isNull("c")) {
        return AssessmentItem.threePl(
            family,
            code,
            version,
            position,
            item.getString("stem"),
            optionalText(item, "code_snippet"),
            options,
            item.getInt("correct"),
            optionalText(item, "explanation"),
            a,
            item.getJsonNumber("b").doubleValue(),
            item.getJsonNumber("c").doubleValue());
      }
      return AssessmentItem.twoPl(
          family,
          code,
          version,
          position,
          item.getString("stem"),
          optionalText(item, "code_snippet"),
          options,
          item.getInt("correct"),
          optionalText(item, "explanation"),
          a,
          item.getJsonNumber("b").doubleValue());
    } catch (NullPointerException | ClassCastException e) {
      throw new IllegalArgumentException(file + ", item " + code + ": a field is missing", e);
    }
  }

  /**
   * A family whose newest bank has at least {@link #MIN_OPERATIONAL} operational items can be
   * measured: it is offered to candidates. Done only when a bank's items are installed, so an
   * admin's later choice to withdraw the family stands across restarts.
   */
  private void offerWhenDeliverable(String familyCode) {
    AssessmentFamily family = families.byCode(familyCode).orElseThrow();
    long operational = items.activeBank(familyCode).stream().filter(i -> !i.isPretest()).count();
    if (operational >= MIN_OPERATIONAL && !family.sampleAvailable()) {
      family.describe(family.name(), family.description(), true);
    }
  }

  private static ItemDetails details(String file, JsonObject item, ParameterStatus status) {
    try {
      List<String> rationales = new ArrayList<>();
      if (item.containsKey("distractorRationales") && !item.isNull("distractorRationales")) {
        for (JsonValue r : item.getJsonArray("distractorRationales")) {
          rationales.add(
              r.getValueType() == JsonValue.ValueType.NULL ? null : ((JsonString) r).getString());
        }
      }
      return new ItemDetails(
          Optional.ofNullable(optionalText(item, "subskill")).orElse(""),
          item.containsKey("pretest") && item.getBoolean("pretest"),
          Optional.ofNullable(optionalText(item, "material")),
          status,
          rationales,
          item.containsKey("difficulty") && !item.isNull("difficulty")
              ? OptionalInt.of(item.getInt("difficulty"))
              : OptionalInt.empty());
    } catch (ClassCastException e) {
      throw new IllegalArgumentException(
          file + ", item " + item.getString("code") + ": a field has the wrong type", e);
    }
  }

  private static String optionalText(JsonObject object, String name) {
    return !object.containsKey(name) || object.isNull(name) ? null : object.getString(name);
  }
}
