package io.skillspassport.web.candidate;

import io.skillspassport.assessments.boundary.SampleAssessments;
import io.skillspassport.assessments.boundary.SampleOverview;
import io.skillspassport.assessments.boundary.SampleProgress;
import io.skillspassport.platform.boundary.Conflict;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import org.omnifaces.util.Faces;

/**
 * Backs {@code candidate/assessments.xhtml}: the samples a candidate can take, with Start, Resume
 * or the end of the retake cooldown. Starting redirects to the first (or resumed) item, so a reload
 * never starts twice; the cooldown itself is enforced by the boundary.
 */
@Named
@RequestScoped
public class AssessmentsView {

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'", Locale.ENGLISH)
          .withZone(ZoneOffset.UTC);

  @Inject SampleAssessments samples;

  private List<SampleOverview> overview;

  @PostConstruct
  void load() {
    overview = samples.overview();
  }

  public List<SampleOverview> getSamples() {
    return overview;
  }

  /** When the cooldown of {@code sample} ends, rounded up to the minute. */
  public String cooldownEnd(SampleOverview sample) {
    return sample
        .cooldownUntil()
        .map(until -> WHEN.format(until.plus(59, ChronoUnit.SECONDS)))
        .orElse("");
  }

  /** Starts or resumes the family's sample and redirects to its current item. */
  public String start(String familyCode) {
    try {
      SampleProgress started = startOrResume(familyCode);
      Faces.redirect("candidate/take?attempt=%s&item=%s", started.attemptId(), started.position());
    } catch (Conflict refused) {
      // The cooldown, or a second lost race: a warning on this page with status 200, as before.
      FacesContext.getCurrentInstance()
          .addMessage(
              null, new FacesMessage(FacesMessage.SEVERITY_WARN, refused.getMessage(), null));
    }
    return null;
  }

  /**
   * Starts the sample, and tries once more when the start was refused as a {@link Conflict}: when
   * another tab of the candidate started it at the same moment, the database kept that attempt and
   * the second call resumes it; a start refused by the retake cooldown is refused again, with the
   * same sentence.
   */
  private SampleProgress startOrResume(String familyCode) {
    try {
      return samples.start(familyCode);
    } catch (Conflict raced) {
      return samples.start(familyCode);
    }
  }
}
