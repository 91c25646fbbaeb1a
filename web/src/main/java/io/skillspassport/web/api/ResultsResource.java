package io.skillspassport.web.api;

import io.skillspassport.imports.boundary.EngineClient;
import io.skillspassport.imports.boundary.ImportReceipt;
import io.skillspassport.imports.boundary.ImportedResults;
import io.skillspassport.imports.boundary.ResultSubmission;
import io.skillspassport.platform.boundary.NotFound;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * {@code /api/v1/results}: an engine posts a result and reads back its own results. The request has
 * passed {@link EngineRequests} (token, role, rate, size); this resource parses the body with
 * JSON-P so that a malformed document (400) is told apart from a well-formed one with wrong values
 * (422, every field at fault named), and answers with JSON-B.
 *
 * <p>A post needs an {@code Idempotency-Key} header (1–200 printable ASCII characters): the same
 * key with the same body answers the first response again (status, body, {@code Location}) with
 * {@code Idempotent-Replayed: true} and stores nothing new; the same key with another body is a 422
 * problem. Two posts racing with one key: the database's unique constraint refuses the second
 * insert, and the retry finds the first.
 */
@Path("v1/results")
@Produces(MediaType.APPLICATION_JSON)
public class ResultsResource {

  static final Pattern KEY = Pattern.compile("[\\x21-\\x7E]{1,200}");

  static final Set<String> FIELDS =
      Set.of("candidateCode", "familyCode", "score", "standardError", "measuredAt");

  @Inject ImportedResults imports;

  @Context ContainerRequestContext request;

  @Context UriInfo uri;

  @POST
  public Response post(@HeaderParam("Idempotency-Key") String key) {
    EngineClient client = (EngineClient) request.getProperty(EngineRequests.CLIENT);
    if (key == null || !KEY.matcher(key).matches()) {
      return Problem.of(
              "missing-idempotency-key",
              "Idempotency-Key required",
              400,
              "Send an Idempotency-Key header: 1–200 printable ASCII characters, new for each"
                  + " result (a UUID, say), the same when you retry")
          .withErrors(Map.of("Idempotency-Key", "is required: 1–200 printable ASCII characters"))
          .response()
          .build();
    }
    MediaType type = request.getMediaType();
    if (type == null || !type.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
      return Problem.of(
              "unsupported-media-type",
              "JSON required",
              415,
              "Send the result as Content-Type: application/json")
          .response()
          .build();
    }
    byte[] body = (byte[]) request.getProperty(EngineRequests.BODY);
    JsonObject json;
    try (JsonReader reader =
        Json.createReader(
            new InputStreamReader(
                new ByteArrayInputStream(body == null ? new byte[0] : body),
                StandardCharsets.UTF_8))) {
      json = reader.readObject();
    } catch (jakarta.json.JsonException | IllegalStateException e) {
      return Problem.of(
              "malformed-json",
              "Malformed JSON",
              400,
              "The body is not a JSON object: " + firstLine(e.getMessage()))
          .response()
          .build();
    }
    Map<String, String> errors = new LinkedHashMap<>();
    for (String name : json.keySet()) {
      if (!FIELDS.contains(name)) {
        errors.put(name, "is not a field of a result (" + String.join(", ", FIELDS) + ")");
      }
    }
    ResultSubmission submission =
        new ResultSubmission(
            string(json, "candidateCode", errors),
            string(json, "familyCode", errors),
            number(json, "score", errors),
            number(json, "standardError", errors),
            instant(json, "measuredAt", errors));
    if (!errors.isEmpty()) {
      return Problem.of(
              "invalid-result", "Invalid result", 422, "The result has invalid or missing values")
          .withErrors(errors)
          .response()
          .build();
    }
    String hash = (String) request.getProperty(EngineRequests.BODY_SHA256);
    ImportReceipt receipt;
    try {
      receipt = receive(client, key, hash, submission);
    } catch (NotFound unknownCandidate) {
      // The one thing a post can name that does not exist (a result id is the GET's 404).
      return Problem.of(
              "unknown-candidate", "Unknown candidate", 404, unknownCandidate.getMessage())
          .response()
          .build();
    }
    Response.ResponseBuilder response =
        Response.status(Response.Status.CREATED)
            .location(uri.getBaseUriBuilder().path("v1/results/{id}").build(receipt.id()))
            .type(MediaType.APPLICATION_JSON)
            .entity(ResultResponse.of(receipt));
    if (receipt.replayed()) {
      response.header("Idempotent-Replayed", "true");
    }
    return response.build();
  }

  private ImportReceipt receive(
      EngineClient client, String key, String hash, ResultSubmission submission) {
    try {
      return imports.receive(client, key, hash, submission);
    } catch (PersistenceException | jakarta.transaction.TransactionalException raced) {
      // Another request with the same key committed first; its row answers this one.
      return imports.receive(client, key, hash, submission);
    }
  }

  @GET
  @Path("{id}")
  public ResultResponse get(@PathParam("id") String id) {
    EngineClient client = (EngineClient) request.getProperty(EngineRequests.CLIENT);
    long number;
    try {
      number = Long.parseLong(id);
    } catch (NumberFormatException notNumber) {
      throw new jakarta.ws.rs.NotFoundException("No result " + id);
    }
    return ResultResponse.of(imports.status(client, number));
  }

  private static String string(JsonObject json, String name, Map<String, String> errors) {
    JsonValue value = json.get(name);
    if (value == null || value == JsonValue.NULL) {
      errors.put(name, "is required");
      return null;
    }
    if (value instanceof JsonString s) {
      return s.getString();
    }
    errors.put(name, "must be a string");
    return null;
  }

  private static Double number(JsonObject json, String name, Map<String, String> errors) {
    JsonValue value = json.get(name);
    if (value == null || value == JsonValue.NULL) {
      errors.put(name, "is required");
      return null;
    }
    if (value instanceof JsonNumber n) {
      return n.doubleValue();
    }
    errors.put(name, "must be a number");
    return null;
  }

  private static Instant instant(JsonObject json, String name, Map<String, String> errors) {
    String text = string(json, name, errors);
    if (text == null) {
      return null;
    }
    try {
      return Instant.parse(text);
    } catch (DateTimeParseException e) {
      errors.put(
          name, "must be an RFC 3339 time in UTC, e.g. 2026-11-30T09:00:00Z; was '" + text + "'");
      return null;
    }
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "empty or unreadable";
    }
    int end = message.indexOf('\n');
    return end < 0 ? message : message.substring(0, end);
  }
}
