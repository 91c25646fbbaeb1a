package io.skillspassport.web.api;

import jakarta.ws.rs.core.Response;
import java.util.Map;
import java.util.TreeMap;

/**
 * An RFC 9457 problem details object, as the API answers every 4xx and 5xx: {@code type} (a URN
 * naming the problem, listed in the OpenAPI document), {@code title} (the same for every occurrence
 * of the type), {@code status}, {@code detail} (this occurrence) and, for invalid values, {@code
 * errors}: per request field or header, what is wrong with it.
 */
public record Problem(
    String type, String title, int status, String detail, Map<String, String> errors) {

  public static final String MEDIA_TYPE = "application/problem+json";

  static final String PREFIX = "urn:skills-passport:problem:";

  public static Problem of(String slug, String title, int status, String detail) {
    return new Problem(PREFIX + slug, title, status, detail, Map.of());
  }

  public Problem withErrors(Map<String, String> fieldErrors) {
    return new Problem(type, title, status, detail, new TreeMap<>(fieldErrors));
  }

  /** The response carrying this problem. */
  public Response.ResponseBuilder response() {
    return Response.status(status).type(MEDIA_TYPE).entity(this);
  }
}
