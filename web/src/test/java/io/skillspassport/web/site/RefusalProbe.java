package io.skillspassport.web.site;

import io.skillspassport.assessments.boundary.SampleAssessments;
import io.skillspassport.bundles.boundary.Bundles;
import io.skillspassport.bundles.boundary.Invitations;
import io.skillspassport.credentials.boundary.Credentials;
import io.skillspassport.organisations.boundary.Organisations;
import io.skillspassport.platform.boundary.AccessDenied;
import io.skillspassport.platform.boundary.Caller;
import io.skillspassport.platform.boundary.Conflict;
import io.skillspassport.platform.boundary.NotFound;
import io.skillspassport.platform.boundary.Problem;
import io.skillspassport.platform.boundary.Rejected;
import io.skillspassport.web.testing.TestCaller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Test-only backing bean of {@code refusals.xhtml}: each action throws one of the boundaries'
 * refusals, or an unexpected exception, exactly as a boundary would, so that {@link RefusalsIT} can
 * check what {@link RefusalHandler} makes of it. The texts are distinctive so that a test can tell
 * whether an exception's text leaked into a page.
 *
 * <p>The actions below {@link #fail()} call the real boundaries, signed in through {@link
 * TestCaller} as people of their own (and signed out again), until a boundary refuses: each is one
 * of the refusals that used to have a type of its own and is now {@link Rejected} or {@link
 * Conflict}, so the test sees what the kind, and the boundary's own sentence, become on a page.
 */
@Named
@RequestScoped
public class RefusalProbe {

  /** The first problem of {@link #reject()}, shown to the user. */
  static final String BLANK_NAME = "A bundle needs a name";

  /** The second problem of {@link #reject()}, shown to the user. */
  static final String THRESHOLD = "The threshold must lie on the 300-850 scale, was 900";

  /** The sentence of {@link #conflict()}, shown to the user on a form. */
  static final String CHANGED = "Ada saved version 3 of this bundle after you opened it";

  /** Text of exceptions no page may show. */
  static final String INTERNAL = "internal-detail-7f3a";

  private static final String PYTHON = "PYTHON_FUNDAMENTALS";

  @Inject TestCaller caller;

  @Inject SampleAssessments samples;

  @Inject Credentials credentials;

  @Inject Organisations organisations;

  @Inject Bundles bundles;

  @Inject Invitations invitations;

  private String id;
  private String loaded = "";

  /** The page's view action: {@code ?id=} picks a refusal, none loads the page. */
  public void load() {
    if (id == null) {
      loaded = "loaded";
      return;
    }
    switch (id) {
      case "unknown" -> throw new NotFound("No record " + INTERNAL);
      case "changed" -> throw new Conflict(CHANGED + " " + INTERNAL);
      case "malformed" -> throw new Rejected("id", "Not an id " + INTERNAL);
      case "denied" -> throw new AccessDenied("Not yours " + INTERNAL);
      default -> throw new IllegalStateException("Unexpected " + INTERNAL);
    }
  }

  public String reject() {
    throw new Rejected(
        List.of(new Problem("name", BLANK_NAME), new Problem("threshold", THRESHOLD)));
  }

  public String conflict() {
    throw new Conflict(CHANGED);
  }

  public String missing() {
    throw new NotFound("No record " + INTERNAL);
  }

  public String deny() {
    throw new AccessDenied("Not yours " + INTERNAL);
  }

  public String fail() {
    throw new IllegalStateException("Row 7 violates constraint " + INTERNAL);
  }

  /** An empty answer to the first item of a new attempt: it cannot be skipped. */
  public String skip() {
    try {
      long attempt = asNewCandidate().start(PYTHON).attemptId();
      samples.answer(attempt, 1, Optional.empty());
      return null;
    } finally {
      caller.signOut();
    }
  }

  /** A second answer to the first item, once the second has been chosen from the first. */
  public String change() {
    try {
      long attempt = asNewCandidate().start(PYTHON).attemptId();
      samples.answer(attempt, 1, Optional.of(0));
      samples.answer(attempt, 1, Optional.of(0));
      return null;
    } finally {
      caller.signOut();
    }
  }

  /** The result of an attempt ended before its first answer: no score. */
  public String noScore() {
    try {
      long attempt = asNewCandidate().start(PYTHON).attemptId();
      samples.endNow(attempt);
      samples.result(attempt);
      return null;
    } finally {
      caller.signOut();
    }
  }

  /** A new attempt right after one ended: the retake cooldown runs. */
  public String retake() {
    try {
      long attempt = asNewCandidate().start(PYTHON).attemptId();
      samples.endNow(attempt);
      samples.start(PYTHON);
      return null;
    } finally {
      caller.signOut();
    }
  }

  /** Exporting a passport that has no result. */
  public String export() {
    try {
      asNewCandidate();
      credentials.export();
      return null;
    } finally {
      caller.signOut();
    }
  }

  /** Accepting an invitation a second time: it has been used. */
  public String usedInvitation() {
    String unique = UUID.randomUUID().toString().substring(0, 8);
    String organisation = "probe-org-" + unique;
    try {
      caller.signIn("probe-admin-" + unique, null, Caller.ADMIN);
      organisations.create(organisation, "Probe Organisation " + unique, "");
      caller.signIn("probe-erin-" + unique, organisation, Caller.EMPLOYER);
      long bundle = bundles.create("ml-research-scientist", "Probe " + unique, null);
      String token = invitations.create(bundle, "invitee " + unique, 14).token();
      caller.signIn("probe-cara-" + unique, null, Caller.CANDIDATE);
      invitations.accept(token);
      invitations.accept(token);
      return null;
    } finally {
      caller.signOut();
    }
  }

  private SampleAssessments asNewCandidate() {
    caller.signIn("probe-" + UUID.randomUUID(), null, Caller.CANDIDATE);
    return samples;
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public String getLoaded() {
    return loaded;
  }
}
