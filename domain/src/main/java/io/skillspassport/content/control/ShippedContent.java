package io.skillspassport.content.control;

import io.skillspassport.assessments.control.FamilyStore;
import io.skillspassport.assessments.control.ItemStore;
import io.skillspassport.assessments.entity.AssessmentFamily;
import io.skillspassport.assessments.entity.AssessmentItem;
import io.skillspassport.assessments.entity.BankSubskill;
import io.skillspassport.assessments.entity.ItemDetails;
import io.skillspassport.assessments.entity.ParameterStatus;
import io.skillspassport.roles.control.RoleStore;
import io.skillspassport.roles.entity.Role;
import io.skillspassport.roles.entity.RoleSections;
import io.skillspassport.roles.entity.RoleVersion;
import io.skillspassport.roles.entity.RoleWeight;
import io.skillspassport.roles.entity.WeightPreset;
import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;

/**
 * Installs the content that ships with the portal — the assessment families, the published roles
 * and the items of the sample banks — into an empty or partly filled database.
 *
 * <p>Idempotent by construction: a family that already exists is left exactly as it is, so a
 * restart never duplicates content. A role that an admin ever edited is left exactly as it is too;
 * a role whose every version came from this loader gets the shipped document as a new published
 * version when the document differs from its newest one (a corrected seed reaches an existing
 * database; the older version stays in the history), and is left alone when it does not. Items are
 * keyed by family, code and content version: a missing item is added, an existing one is never
 * touched, and shipping a bank with a higher {@code contentVersion} adds its items as new rows and
 * retires the older versions' items (attempts already started keep theirs). Runs inside the
 * caller's transaction.
 *
 * <p>Item banks follow the shared bank format (BANK-FORMAT, see the README): besides texts, key and
 * parameters, the optional {@code parameterStatus} (default PROVISIONAL), {@code subskills} (code,
 * name, target share) and per item {@code subskill}, {@code difficulty} (the writer's 1–6 rating),
 * {@code pretest}, {@code material}, {@code distractorRationales} and {@code c}. A multiple-choice
 * item with {@code c} is a 3PL item, without it a 2PL item. An item's sub-skill must be one of the
 * bank's sub-skills when the bank lists any.
 */
public final class ShippedContent {

  /** Who the content loader records as the author of the versions it installs. */
  public static final String LOADER = "content-loader";

  static final String MANIFEST = "content/manifest.json";

  /** The fewest operational items a bank needs before its family is offered (the CAT minimum). */
  static final int MIN_OPERATIONAL = 8;

  private final FamilyStore families;
  private final RoleStore roles;
  private final ItemStore items;
  private final Clock clock;
  private final ClassLoader resources;

  public ShippedContent(
      FamilyStore families, RoleStore roles, ItemStore items, Clock clock, ClassLoader resources) {
    this.families = Objects.requireNonNull(families, "families");
    this.roles = Objects.requireNonNull(roles, "roles");
    this.items = Objects.requireNonNull(items, "items");
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

  /** Installs whatever shipped content is missing and reports what it did. */
  public Report install() {
    List<String> installed = new ArrayList<>();
    List<String> kept = new ArrayList<>();
    List<BankReport> banks = new ArrayList<>();
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
        RoleSections sections = json.fromJson(text, RoleSections.class);
        var existing = roles.bySlug(doc.slug());
        if (existing.isEmpty()) {
          roles.add(publishedRole(doc, sections, file));
          installed.add("role " + doc.slug());
        } else if (onlyShipped(existing.get()) && !sameContent(existing.get(), doc, sections)) {
          publishShipped(existing.get(), doc, sections, file);
          installed.add("role " + doc.slug() + " (new shipped version)");
        } else {
          kept.add("role " + doc.slug());
        }
      }
      for (String file : manifest.itemBanks()) {
        banks.add(installBank(file));
      }
    } catch (Exception e) {
      if (e instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new IllegalStateException("Could not close the JSON reader", e);
    }
    return new Report(List.copyOf(installed), List.copyOf(kept), List.copyOf(banks));
  }

  private BankReport installBank(String file) {
    JsonObject bank;
    try (JsonReader reader = Json.createReader(new StringReader(read(file)))) {
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

  private Role publishedRole(RoleDocument doc, RoleSections sections, String file) {
    Role role = new Role(doc.slug(), clock.instant());
    publishShipped(role, doc, sections, file);
    return role;
  }

  /**
   * Whether every version of the role came from this loader: no admin ever edited it, so a newer
   * shipped text (a corrected seed) may be published over it without overwriting anyone's work.
   */
  private static boolean onlyShipped(Role role) {
    return role.versions().stream().allMatch(v -> LOADER.equals(v.createdBy()) && v.isPublished());
  }

  /**
   * Whether the newest published version already says what the shipped document says: title,
   * threshold, every section, and the weights and presets compared by family and key (the order
   * they come back from the database in does not matter; relevances by value, so 0.6 = 0.60).
   */
  private static boolean sameContent(Role role, RoleDocument doc, RoleSections sections) {
    RoleVersion latest = role.latestPublished().orElseThrow();
    Map<String, String> storedWeights = new TreeMap<>();
    latest
        .weights()
        .forEach(w -> storedWeights.put(w.familyCode(), weight(w.relevance(), w.rationale())));
    Map<String, String> shippedWeights = new TreeMap<>();
    doc.weights()
        .forEach(w -> shippedWeights.put(w.family(), weight(w.relevance(), w.rationale())));
    Map<String, String> storedPresets = new TreeMap<>();
    latest
        .presets()
        .forEach(p -> storedPresets.put(p.key(), preset(p.name(), p.description(), p.weights())));
    Map<String, String> shippedPresets = new TreeMap<>();
    if (doc.presets() != null) {
      doc.presets()
          .forEach(
              p -> shippedPresets.put(p.key(), preset(p.name(), p.description(), p.weights())));
    }
    return latest.title().equals(doc.title())
        && Integer.valueOf(latest.readinessThreshold()).equals(doc.readinessThreshold())
        && latest.sections().equals(sections)
        && storedWeights.equals(shippedWeights)
        && storedPresets.equals(shippedPresets);
  }

  private static String weight(BigDecimal relevance, String rationale) {
    return relevance.stripTrailingZeros().toPlainString() + "\u0000" + rationale;
  }

  private static String preset(String name, String description, Map<String, BigDecimal> weights) {
    Map<String, String> plain = new TreeMap<>();
    weights.forEach((family, w) -> plain.put(family, w.stripTrailingZeros().toPlainString()));
    return name + "\u0000" + description + "\u0000" + plain;
  }

  /** Publishes the shipped document as the role's next version (its first for a new role). */
  private void publishShipped(Role role, RoleDocument doc, RoleSections sections, String file) {
    if (doc.readinessThreshold() == null) {
      throw new IllegalArgumentException(file + ": readinessThreshold is missing");
    }
    var now = clock.instant();
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
