package io.skillspassport.web.api;

import io.skillspassport.imports.boundary.ImportedResults;
import io.skillspassport.platform.boundary.AccessDenied;
import io.skillspassport.platform.boundary.Conflict;
import io.skillspassport.platform.boundary.NotFound;
import io.skillspassport.platform.boundary.Rejected;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Every failure of the API as an RFC 9457 problem; never a stack trace or an HTML error page.
 * Refusals of the imports boundary, in the portal's one vocabulary, keep the problem types and
 * statuses the OpenAPI document lists; Jakarta REST's own (unknown path 404, wrong method 405,
 * unacceptable type 406/415) keep theirs; anything else is a 500 problem with no detail beyond
 * "logged".
 *
 * <p>The API has one door, {@link ImportedResults}, and in it each kind of refusal means one thing,
 * so the kind names the problem: {@link AccessDenied} is {@code not-an-engine} (403); {@link
 * Rejected} is {@code key-reused} when it is about the idempotency key ({@link
 * ImportedResults#KEY}), else {@code invalid} (422) with its problem about the whole result as the
 * detail and the others as {@code errors}; {@link NotFound} is {@code not-found} (404; the resource
 * itself answers an unknown candidate code, the other 404 of a post); {@link Conflict} is {@code
 * no-table} (409). The detail is the boundary's sentence: it names only what the engine sent.
 */
public final class ProblemMappers {

  private ProblemMappers() {}

  /** A client that is no registered engine. */
  @Provider
  public static class Denied implements ExceptionMapper<AccessDenied> {
    @Override
    public Response toResponse(AccessDenied denied) {
      return Problem.of("not-an-engine", "Not a registered engine", 403, denied.getMessage())
          .response()
          .build();
    }
  }

  /** A reused idempotency key, or a result with invalid values. */
  @Provider
  public static class Invalid implements ExceptionMapper<Rejected> {
    /** The field of a problem about the whole result (not this package's {@link Problem}). */
    private static final String WHOLE = io.skillspassport.platform.boundary.Problem.WHOLE;

    @Override
    public Response toResponse(Rejected rejected) {
      if (ImportedResults.KEY.equals(rejected.field())) {
        return Problem.of(
                "key-reused",
                "Idempotency-Key reused with another body",
                422,
                rejected.problems().get(0).message())
            .response()
            .build();
      }
      String whole =
          rejected.problems().stream()
              .filter(p -> p.field().equals(WHOLE))
              .map(p -> p.message())
              .collect(Collectors.joining("; "));
      Map<String, String> errors = new LinkedHashMap<>();
      rejected.problems().stream()
          .filter(p -> !p.field().equals(WHOLE))
          .forEach(p -> errors.merge(p.field(), p.message(), (a, b) -> a + "; " + b));
      return Problem.of(
              "invalid",
              "Invalid result",
              422,
              whole.isEmpty() ? "The result has invalid or missing values" : whole)
          .withErrors(errors)
          .response()
          .build();
    }
  }

  /** A result id the engine has none of. */
  @Provider
  public static class Missing implements ExceptionMapper<NotFound> {
    @Override
    public Response toResponse(NotFound missing) {
      return Problem.of("not-found", "Result not found", 404, missing.getMessage())
          .response()
          .build();
    }
  }

  /** An engine without an equating table. */
  @Provider
  public static class Conflicting implements ExceptionMapper<Conflict> {
    @Override
    public Response toResponse(Conflict conflict) {
      return Problem.of("no-table", "Engine has no equating table", 409, conflict.getMessage())
          .response()
          .build();
    }
  }

  /** Jakarta REST's own refusals (404, 405, 406, 415, …). */
  @Provider
  public static class Web implements ExceptionMapper<WebApplicationException> {
    @Override
    public Response toResponse(WebApplicationException e) {
      int status = e.getResponse().getStatus();
      Response.Status known = Response.Status.fromStatusCode(status);
      String title = known == null ? "Error " + status : known.getReasonPhrase();
      String detail = status == 404 ? "No such resource" : title;
      return Problem.of("http-" + status, title, status, detail).response().build();
    }
  }

  /** Anything unexpected: logged, answered as 500 without internals. */
  @Provider
  public static class Unexpected implements ExceptionMapper<RuntimeException> {
    private static final Logger LOG = Logger.getLogger(Unexpected.class.getName());

    @Override
    public Response toResponse(RuntimeException e) {
      Optional<Response> refusal = refusal(e);
      if (refusal.isPresent()) {
        return refusal.get();
      }
      LOG.log(Level.SEVERE, "API request failed", e);
      return Problem.of(
              "internal-error",
              "Internal error",
              500,
              "The request failed on the server; it was logged")
          .response()
          .build();
    }

    /** The answer of the mapper for {@code e}'s own type, should this one be asked instead. */
    private static Optional<Response> refusal(RuntimeException e) {
      if (e instanceof WebApplicationException web) {
        return Optional.of(new Web().toResponse(web));
      }
      if (e instanceof AccessDenied denied) {
        return Optional.of(new Denied().toResponse(denied));
      }
      if (e instanceof Rejected rejected) {
        return Optional.of(new Invalid().toResponse(rejected));
      }
      if (e instanceof NotFound missing) {
        return Optional.of(new Missing().toResponse(missing));
      }
      if (e instanceof Conflict conflict) {
        return Optional.of(new Conflicting().toResponse(conflict));
      }
      return Optional.empty();
    }
  }
}
