package io.skillspassport.web.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.skillspassport.platform.boundary.Problem;
import io.skillspassport.roles.boundary.RoleContent;
import io.skillspassport.roles.boundary.RoleSections;
import io.skillspassport.roles.boundary.RoleSections.AdjacentRole;
import io.skillspassport.roles.boundary.RoleSections.CareerLevel;
import io.skillspassport.roles.boundary.RoleSections.Compensation;
import io.skillspassport.roles.boundary.RoleSections.Skill;
import io.skillspassport.roles.boundary.RoleSections.Source;
import io.skillspassport.roles.boundary.RoleSections.SupplementalExercise;
import io.skillspassport.roles.boundary.RoleSections.TitledText;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The role editor's form: a draft's content comes back from it unchanged, field by field; empty
 * inputs are left out as the form promises; each problem of a refused save lands on the input its
 * field names; and the form survives the serialization a view-scoped bean goes through.
 */
class RoleFormTest {

  /** The six families in display order, as the family catalogue gives them. */
  private static final Map<String, String> FAMILIES = families();

  private static Map<String, String> families() {
    Map<String, String> names = new LinkedHashMap<>();
    names.put("COGNITIVE_REASONING", "Cognitive Reasoning");
    names.put("AI_OUTPUT_EVALUATION", "AI Output Evaluation");
    names.put("DATA_ANALYSIS", "Data Analysis");
    names.put("PYTHON_FUNDAMENTALS", "Python Fundamentals");
    names.put("AI_COLLABORATION_LITERACY", "AI-Collaboration Literacy");
    names.put("COMMUNICATION", "Communication");
    return names;
  }

  /**
   * Content with every field set to a value of its own (no two texts alike, so a swap shows), each
   * list with two entries, and weights in an order other than the catalogue's.
   */
  private static RoleContent everyField() {
    RoleSections sections =
        new RoleSections(
            "headline",
            "summary",
            new Compensation("USD", 180_000, 250_000, 400_000, "United States", "2026", "notice"),
            "overview",
            List.of(new TitledText("activity 1", "does 1"), new TitledText("activity 2", "does 2")),
            "adjacent intro",
            List.of(
                new AdjacentRole("ml-engineer", "ML Engineer", "builds"),
                new AdjacentRole(null, "Quant", "trades")),
            "cadence note",
            "skills intro",
            List.of(
                new Skill("reasoning", "COGNITIVE_REASONING", "reasons"),
                new Skill("taste", "", "chooses")),
            List.of(new TitledText("extra 1", "more 1"), new TitledText("extra 2", "more 2")),
            "compensation overview",
            List.of(new TitledText("ref 1", "pays 1"), new TitledText("ref 2", "pays 2")),
            "compensation note",
            "readiness intro",
            "readiness outro",
            "threshold note",
            "assessment framing",
            List.of(
                new SupplementalExercise("PAPER_READING", "papers", "read"),
                new SupplementalExercise("DEEP_DIVE", "deep dive", "dig")),
            "career intro",
            List.of(
                new CareerLevel("researcher", "entry", "learns"),
                new CareerLevel("staff", "senior", "leads")),
            "pitfalls intro",
            List.of(new TitledText("pitfall 1", "falls 1"), new TitledText("pitfall 2", "falls 2")),
            "takeaway",
            List.of(
                new Source("citation 1", "https://example.org/1"), new Source("citation 2", null)),
            "activities intro",
            "career outro");
    return new RoleContent(
        "ML Research Scientist",
        680,
        sections,
        List.of(
            new RoleContent.Weight("PYTHON_FUNDAMENTALS", new BigDecimal("0.85"), "codes"),
            new RoleContent.Weight("COGNITIVE_REASONING", new BigDecimal("0.90"), "thinks"),
            new RoleContent.Weight("COMMUNICATION", new BigDecimal("0.00"), "")),
        List.of(
            new RoleContent.Preset(
                "theoretical",
                "Theoretical research",
                "more reasoning",
                Map.of(
                    "COGNITIVE_REASONING",
                    new BigDecimal("1.00"),
                    "PYTHON_FUNDAMENTALS",
                    new BigDecimal("0.60"))),
            new RoleContent.Preset(
                "applied",
                "Applied research",
                "more Python",
                Map.of("PYTHON_FUNDAMENTALS", new BigDecimal("1.00")))));
  }

  @Test
  void contentComesBackFromTheFormEqualInEveryField() {
    RoleContent content = everyField();
    assertEverySectionIsSet(content.sections());

    RoleContent back = RoleForm.of(content, FAMILIES).toContent();

    assertThat(back.sections()).isEqualTo(content.sections());
    assertThat(back.weights()).isEqualTo(content.weights());
    assertThat(back.presets()).isEqualTo(content.presets());
    assertThat(back).isEqualTo(content);
  }

  @Test
  void theFormHoldsEachFieldInItsOwnProperty() {
    RoleForm form = RoleForm.of(everyField(), FAMILIES);

    assertThat(form.getTitle()).isEqualTo("ML Research Scientist");
    assertThat(form.getThreshold()).isEqualTo(680);
    assertThat(form.getCareerOutro()).isEqualTo("career outro");
    assertThat(form.getCurrency()).isEqualTo("USD");
    assertThat(form.getCompensationMedian()).isEqualTo(250_000L);
    assertThat(form.getAdjacentRoles().getItems())
        .extracting(RoleForm.AdjacentRoleRow::getSlug, RoleForm.AdjacentRoleRow::getDifference)
        .containsExactly(tuple("ml-engineer", "builds"), tuple(null, "trades"));
    assertThat(form.getSources().getItems())
        .extracting(RoleForm.SourceRow::getCitation)
        .containsExactly("citation 1", "citation 2");
    // The content's weights first, in its order, then every other family without a relevance.
    assertThat(form.getWeights())
        .extracting(EditableWeight::getFamilyCode)
        .containsExactly(
            "PYTHON_FUNDAMENTALS",
            "COGNITIVE_REASONING",
            "COMMUNICATION",
            "AI_OUTPUT_EVALUATION",
            "DATA_ANALYSIS",
            "AI_COLLABORATION_LITERACY");
    assertThat(form.getWeights().subList(3, 6))
        .allSatisfy(w -> assertThat(w.getRelevance()).isNull());
    // Each preset has an input per family.
    assertThat(form.getPresets().get(1).getWeights()).hasSize(6);
  }

  @Test
  void emptyInputsAreLeftOutOfTheContent() {
    RoleContent content = everyField();
    RoleForm form = RoleForm.of(content, FAMILIES);
    form.getPitfalls().add();
    form.getPitfalls().getItems().get(2).setTitle("   ");
    form.getSkills().add();
    form.getSkills().moveUp(2);
    form.addPreset();
    form.getAdjacentRoles().getItems().get(0).setSlug("  ");
    form.setCurrency(" eur ");
    form.setTitle("  ML Research Scientist  ");

    RoleContent sent = form.toContent();

    assertThat(sent.sections().pitfalls()).isEqualTo(content.sections().pitfalls());
    assertThat(sent.sections().skills()).isEqualTo(content.sections().skills());
    assertThat(sent.presets()).isEqualTo(content.presets());
    assertThat(sent.sections().adjacentRoles().get(0).slug()).isNull();
    assertThat(sent.sections().compensation().currency()).isEqualTo("EUR");
    assertThat(sent.title()).isEqualTo("ML Research Scientist");
    assertThat(sent.weights()).extracting(RoleContent.Weight::familyCode).hasSize(3);
  }

  @Test
  void aCompensationWithEveryInputEmptyIsNone() {
    RoleForm form = RoleForm.of(everyField(), FAMILIES);
    form.setCurrency("");
    form.setCompensationMin(null);
    form.setCompensationMedian(null);
    form.setCompensationMax(null);
    form.setRegion(" ");
    form.setAsOf(null);
    form.setDataNotice("");

    assertThat(form.toContent().sections().compensation()).isNull();

    form.setCompensationMax(300_000L);
    assertThat(form.toContent().sections().compensation())
        .isEqualTo(new Compensation("", 0, 0, 300_000, "", "", ""));
  }

  @Test
  void eachProblemLandsOnTheInputItsFieldNames() {
    RoleForm form = RoleForm.of(everyField(), FAMILIES);
    // An empty row before the two adjacent roles: the boundary counts the rows it received, so its
    // adjacentRoles[1] is the form's third row.
    form.getAdjacentRoles().add();
    form.getAdjacentRoles().moveUp(2);
    form.getAdjacentRoles().moveUp(1);

    form.showProblems(
        List.of(
            new Problem("adjacentRoles[1]", "An adjacent role's slug ..., was 'Not A Slug'"),
            new Problem("title", "A role needs a title"),
            new Problem("readinessThreshold", "between 300 and 850, was 900"),
            new Problem("compensation", "0 ≤ minimum ≤ median ≤ maximum"),
            new Problem("compensation.currency", "an ISO 4217 code, was 'DOLLARS'"),
            new Problem("weights[DATA_ANALYSIS]", "The relevance of DATA_ANALYSIS is missing"),
            new Problem("weights[DATA_ANALYSIS]", "and a second sentence"),
            new Problem("presets[1]", "A preset needs a name"),
            new Problem("presets[0][DATA_ANALYSIS]", "on no single input"),
            new Problem("content", "no career ladder")));

    assertThat(form.getAdjacentRoles().getItems())
        .extracting(RoleForm.Row::getProblem)
        .containsExactly(null, null, "An adjacent role's slug ..., was 'Not A Slug'");
    assertThat(form.getTitleProblem()).isEqualTo("A role needs a title");
    assertThat(form.getThresholdProblem()).isEqualTo("between 300 and 850, was 900");
    assertThat(form.getCompensationProblem()).isEqualTo("0 ≤ minimum ≤ median ≤ maximum");
    assertThat(form.getCurrencyProblem()).isEqualTo("an ISO 4217 code, was 'DOLLARS'");
    assertThat(form.getWeights())
        .filteredOn(w -> w.getProblem() != null)
        .extracting(EditableWeight::getFamilyCode, EditableWeight::getProblem)
        .containsExactly(
            tuple(
                "DATA_ANALYSIS",
                "The relevance of DATA_ANALYSIS is missing and a second sentence"));
    assertThat(form.getPresets())
        .extracting(EditablePreset::getProblem)
        .containsExactly(null, "A preset needs a name");
    assertThat(form.getActivities().getItems())
        .allSatisfy(r -> assertThat(r.getProblem()).isNull());

    form.showProblems(List.of());

    assertThat(form.getTitleProblem()).isNull();
    assertThat(form.getAdjacentRoles().getItems())
        .allSatisfy(r -> assertThat(r.getProblem()).isNull());
    assertThat(form.getWeights()).allSatisfy(w -> assertThat(w.getProblem()).isNull());
    assertThat(form.getPresets()).allSatisfy(p -> assertThat(p.getProblem()).isNull());
  }

  @Test
  void rowButtonsMoveAndRemoveWithinTheList() {
    RoleForm form = RoleForm.of(everyField(), FAMILIES);
    var ladder = form.getCareerLadder();

    ladder.moveDown(0);
    ladder.moveDown(1);
    ladder.moveUp(0);
    ladder.remove(5);

    assertThat(ladder.getItems())
        .extracting(RoleForm.CareerLevelRow::getTitle)
        .containsExactly("staff", "researcher");

    ladder.remove(0);
    form.removePreset(0);

    assertThat(form.toContent().sections().careerLadder())
        .containsExactly(new CareerLevel("researcher", "entry", "learns"));
    assertThat(form.toContent().presets())
        .extracting(RoleContent.Preset::key)
        .containsExactly("applied");
  }

  @Test
  void theFormSurvivesTheSerializationOfTheViewState() throws Exception {
    RoleForm form = RoleForm.of(everyField(), FAMILIES);
    form.showProblems(List.of(new Problem("title", "A role needs a title")));

    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(form);
    }
    RoleForm copy;
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      copy = (RoleForm) in.readObject();
    }

    assertThat(copy.toContent()).isEqualTo(everyField());
    assertThat(copy.getTitleProblem()).isEqualTo("A role needs a title");
    copy.getSources().add();
    assertThat(copy.getSources().getItems()).hasSize(3);
  }

  /** Guards the round trip's reach: a section left empty in the fixture would go untested. */
  private static void assertEverySectionIsSet(RoleSections sections) {
    for (RecordComponent c : RoleSections.class.getRecordComponents()) {
      Object value;
      try {
        value = c.getAccessor().invoke(sections);
      } catch (ReflectiveOperationException e) {
        throw new AssertionError(e);
      }
      assertThat(value).as(c.getName()).isNotNull();
      if (value instanceof String text) {
        assertThat(text).as(c.getName()).isNotBlank();
      }
      if (value instanceof Collection<?> list) {
        assertThat(list).as(c.getName()).hasSizeGreaterThan(1);
      }
    }
  }
}
