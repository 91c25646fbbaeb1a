package io.skillspassport.web.admin;

import io.skillspassport.assessments.boundary.AssessmentFamilies;
import io.skillspassport.assessments.boundary.BankItem;
import io.skillspassport.assessments.boundary.FamilyAdminSummary;
import io.skillspassport.assessments.boundary.ItemBank;
import io.skillspassport.assessments.boundary.ItemBankAdministration;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.omnifaces.util.Messages;

/**
 * Backs {@code admin/assessments.xhtml?family=}: the assessment families (name, description,
 * whether a sample is offered) and the item bank of the chosen family — the IRT parameters of every
 * item, a form to change an active item's parameters or retire it, and one to add a multiple-choice
 * item.
 */
@Named
@ViewScoped
public class AssessmentAdministrationView implements Serializable {

  /** The item whose retirement the page is asking to confirm. */
  private Long confirmingRetire;

  private static final long serialVersionUID = 1L;

  /** How many option fields the add-item form offers. */
  static final int OPTION_FIELDS = 5;

  @Inject AssessmentFamilies families;

  @Inject ItemBankAdministration banks;

  private String family;
  private List<FamilyRow> familyRows = new ArrayList<>();
  private String familyName;
  private int activeVersion;
  private List<ItemRow> items = new ArrayList<>();
  private final NewItem newItem = new NewItem();

  /** Loads the families and the bank of the family named by {@code family} (else the first). */
  public void load() {
    familyRows = new ArrayList<>(families.administration().stream().map(FamilyRow::new).toList());
    if (familyRows.stream().noneMatch(f -> f.getCode().equals(family))) {
      family = familyRows.isEmpty() ? null : familyRows.get(0).getCode();
    }
    loadBank();
  }

  private void loadBank() {
    items = new ArrayList<>();
    if (family == null) {
      return;
    }
    ItemBank bank = banks.bank(family);
    familyName = bank.familyName();
    activeVersion = bank.activeVersion();
    bank.items().forEach(i -> items.add(new ItemRow(i)));
  }

  public void describe(FamilyRow row) {
    families.describe(
        row.getCode(),
        row.getVersion(),
        row.getName(),
        row.getDescription(),
        row.isSampleAvailable());
    load();
    Messages.addGlobalInfo(text("families.saved").formatted(row.getName()));
  }

  public void reparameterise(ItemRow row) {
    try {
      List<Double> thresholds =
          Arrays.stream(
                  row.getThresholds() == null ? new String[0] : row.getThresholds().split(","))
              .map(String::strip)
              .filter(s -> !s.isEmpty())
              .map(Double::valueOf)
              .toList();
      double a = row.getA() == null ? Double.NaN : row.getA();
      int version = banks.reparameterise(row.getId(), row.getVersion(), a, thresholds);
      loadBank();
      Messages.addGlobalInfo(text("items.reparameterised").formatted(row.getCode(), version));
    } catch (NumberFormatException e) {
      Messages.addGlobalError(text("items.thresholdsNumbers"));
    }
  }

  /** The first step of retiring: the row asks for confirmation (a second POST, no script). */
  public void askRetire(ItemRow row) {
    confirmingRetire = row.getId();
  }

  /** Leaves the item in the bank. */
  public void keepItem() {
    confirmingRetire = null;
  }

  /** Whether the page asks to confirm retiring {@code row}. */
  public boolean confirmingRetire(ItemRow row) {
    return confirmingRetire != null && confirmingRetire == row.getId();
  }

  /** Retires an item once the admin confirmed it. */
  public void retire(ItemRow row) {
    confirmingRetire = null;
    banks.retire(row.getId(), row.getVersion());
    loadBank();
    Messages.addGlobalInfo(text("items.retired").formatted(row.getCode()));
  }

  public void addItem() {
    // Empty option fields are skipped; the correct option is counted among the filled ones.
    List<String> options = new ArrayList<>();
    int correct = -1;
    for (int i = 0; i < newItem.getOptions().length; i++) {
      String option = newItem.getOptions()[i];
      if (option != null && !option.isBlank()) {
        if (newItem.getCorrect() != null && newItem.getCorrect() == i + 1) {
          correct = options.size();
        }
        options.add(option);
      }
    }
    var added =
        banks.addMultipleChoice(
            family,
            newItem.getCode(),
            newItem.getStem(),
            options,
            correct,
            newItem.getExplanation(),
            newItem.getA() == null ? Double.NaN : newItem.getA(),
            newItem.getB() == null ? Double.NaN : newItem.getB());
    newItem.clear();
    loadBank();
    Messages.addGlobalInfo(text("items.added").formatted(added.code()));
  }

  private static String text(String key) {
    FacesContext faces = FacesContext.getCurrentInstance();
    return faces.getApplication().getResourceBundle(faces, "adminMsg").getString(key);
  }

  public String getFamily() {
    return family;
  }

  public void setFamily(String family) {
    this.family = family;
  }

  public List<FamilyRow> getFamilies() {
    return familyRows;
  }

  public String getFamilyName() {
    return familyName;
  }

  public int getActiveVersion() {
    return activeVersion;
  }

  public List<ItemRow> getItems() {
    return items;
  }

  public NewItem getNewItem() {
    return newItem;
  }

  /** One family in its edit form. */
  public static class FamilyRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String code;
    private final long version;
    private String name;
    private String description;
    private boolean sampleAvailable;

    FamilyRow(FamilyAdminSummary f) {
      this.code = f.code();
      this.version = f.version();
      this.name = f.name();
      this.description = f.description();
      this.sampleAvailable = f.sampleAvailable();
    }

    public String getCode() {
      return code;
    }

    public long getVersion() {
      return version;
    }

    public String getName() {
      return name;
    }

    public void setName(String name) {
      this.name = name;
    }

    public String getDescription() {
      return description;
    }

    public void setDescription(String description) {
      this.description = description;
    }

    public boolean isSampleAvailable() {
      return sampleAvailable;
    }

    public void setSampleAvailable(boolean sampleAvailable) {
      this.sampleAvailable = sampleAvailable;
    }
  }

  /** One item with its parameters, editable while it is active. */
  public static class ItemRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long id;
    private final String code;
    private final int contentVersion;
    private final String kind;
    private final int position;
    private final String stem;
    private final boolean retired;
    private final boolean active;
    private final long version;
    private final double guessing;
    private final ItemCurves curves;
    private final BankItem.Content content;
    private Double a;
    private String thresholds;

    ItemRow(BankItem i) {
      this.id = i.id();
      this.code = i.code();
      this.contentVersion = i.contentVersion();
      this.kind = i.kind();
      this.position = i.bankPosition();
      this.stem = i.stem();
      this.retired = i.retired();
      this.active = i.active();
      this.version = i.version();
      this.guessing = i.guessing();
      this.content = i.content();
      this.curves = ItemCurves.of(i.kind(), i.discrimination(), i.thresholds(), i.guessing());
      this.a = i.discrimination();
      this.thresholds = i.thresholdText();
    }

    public long getId() {
      return id;
    }

    public String getCode() {
      return code;
    }

    public int getContentVersion() {
      return contentVersion;
    }

    public String getKind() {
      return kind;
    }

    /** The whole item: scenario, snippet, material, options with what each scores, explanation. */
    public BankItem.Content getContent() {
      return content;
    }

    /** Its characteristic and information curves under the stored parameters. */
    public ItemCurves getCurves() {
      return curves;
    }

    /** The 3PL guessing parameter c; 0 for a 2PL or graded-response item. */
    public double getGuessing() {
      return guessing;
    }

    public int getPosition() {
      return position;
    }

    public String getStem() {
      return stem;
    }

    public boolean isRetired() {
      return retired;
    }

    public boolean isActive() {
      return active;
    }

    public long getVersion() {
      return version;
    }

    public Double getA() {
      return a;
    }

    public void setA(Double a) {
      this.a = a;
    }

    public String getThresholds() {
      return thresholds;
    }

    public void setThresholds(String thresholds) {
      this.thresholds = thresholds;
    }
  }

  /** The add-item form. */
  public static class NewItem implements Serializable {

    private static final long serialVersionUID = 1L;

    private String code;
    private String stem;
    private String[] options = new String[OPTION_FIELDS];
    private Integer correct;
    private String explanation;
    private Double a;
    private Double b;

    void clear() {
      code = null;
      stem = null;
      options = new String[OPTION_FIELDS];
      correct = null;
      explanation = null;
      a = null;
      b = null;
    }

    public String getCode() {
      return code;
    }

    public void setCode(String code) {
      this.code = code;
    }

    public String getStem() {
      return stem;
    }

    public void setStem(String stem) {
      this.stem = stem;
    }

    /** The option texts; empty fields are left out. */
    public String[] getOptions() {
      return options;
    }

    /** The correct option, 1-based as the form shows it. */
    public Integer getCorrect() {
      return correct;
    }

    public void setCorrect(Integer correct) {
      this.correct = correct;
    }

    public String getExplanation() {
      return explanation;
    }

    public void setExplanation(String explanation) {
      this.explanation = explanation;
    }

    public Double getA() {
      return a;
    }

    public void setA(Double a) {
      this.a = a;
    }

    public Double getB() {
      return b;
    }

    public void setB(Double b) {
      this.b = b;
    }
  }
}
