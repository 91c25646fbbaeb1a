package io.skillspassport.web.api;

import io.skillspassport.imports.boundary.ImportRefused;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every failure of the API as an RFC 9457 problem; never a stack trace or an HTML error page.
 * Refusals of the imports boundary keep their status ({@link ImportRefused.Reason}); Jakarta REST's
 * own (unknown path 404, wrong method 405, unacceptable type 406/415) keep theirs; anything else is
 * a 500 problem with no detail beyond "logged".
 */
public final class ProblemMappers {

  private ProblemMappers() {}

  /** Refusals of the imports boundary. */
  @Provider
  public static class Refused implements ExceptionMapper<ImportRefused> {
    @Override
    public Response toResponse(ImportRefused refused) {
      String slug = refused.reason().name().toLowerCase(Locale.ROOT).replace('_', '-');
      String title =
          switch (refused.reason()) {
            case NOT_AN_ENGINE -> "Not a registered engine";
            case INVALID -> "Invalid result";
            case UNKNOWN_CANDIDATE -> "Unknown candidate";
            case NOT_FOUND -> "Result not found";
            case KEY_REUSED -> "Idempotency-Key reused with another body";
            case NO_TABLE -> "Engine has no equating table";
          };
      return Problem.of(slug, title, refused.reason().status(), refused.getMessage())
          .withErrors(refused.errors())
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
      if (e instanceof WebApplicationException web) {
        return new Web().toResponse(web);
      }
      if (e instanceof ImportRefused refused) {
        return new Refused().toResponse(refused);
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
  }
}
