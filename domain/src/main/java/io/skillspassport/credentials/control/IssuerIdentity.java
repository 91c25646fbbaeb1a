package io.skillspassport.credentials.control;

import io.skillspassport.platform.boundary.PublicAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Who issues the portal's credentials and where its public documents live, all derived from one
 * public base URL.
 *
 * <p>The issuer is a did:web DID computed from the base URL as the did:web method says: the host (a
 * port percent-encoded as {@code %3A}) and, when the portal lives under a path, each path segment
 * joined with {@code :}. {@code http://localhost:8080} becomes {@code did:web:localhost%3A8080},
 * resolved at {@code /.well-known/did.json}. Every URL a credential names (status list, JSON-LD
 * context, verification page) starts with the same base, so a credential can only be verified
 * against the portal that issued it.
 *
 * <p>The base URL is the platform's {@link PublicAddress} ({@code PASSPORT_BASE_URL}), the same
 * value the sign-in builds its redirect URI from.
 *
 * @param baseUrl the portal's public address, without a trailing slash
 */
public record IssuerIdentity(String baseUrl) {

  /** The issuer's display name in every credential. */
  public static final String NAME = "Skills Passport";

  public IssuerIdentity {
    Objects.requireNonNull(baseUrl, "baseUrl");
    URI uri = URI.create(baseUrl.strip());
    if (uri.getScheme() == null
        || !(uri.getScheme().equals("http") || uri.getScheme().equals("https"))
        || uri.getHost() == null
        || uri.getQuery() != null
        || uri.getFragment() != null) {
      throw new IllegalArgumentException(
          "PASSPORT_BASE_URL must be an http(s) URL without query or fragment, was " + baseUrl);
    }
    String text = uri.toString();
    baseUrl = text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
  }

  /** The identity at the configured {@link PublicAddress}. */
  public static IssuerIdentity at(PublicAddress address) {
    return new IssuerIdentity(address.configured());
  }

  /** The issuer's did:web identifier. */
  public String did() {
    URI uri = URI.create(baseUrl);
    StringBuilder did = new StringBuilder("did:web:").append(uri.getHost());
    if (uri.getPort() != -1) {
      did.append("%3A").append(uri.getPort());
    }
    String path = uri.getPath() == null ? "" : uri.getPath();
    for (String segment : path.split("/")) {
      if (!segment.isEmpty()) {
        did.append(':').append(URLEncoder.encode(segment, StandardCharsets.UTF_8));
      }
    }
    return did.toString();
  }

  /** The full key id a JWS header names: the DID URL of one verification method. */
  public String keyId(String kid) {
    return did() + "#" + kid;
  }

  /** Where status list {@code list} is served. */
  public String statusListUrl(int list) {
    return baseUrl + "/credentials/status/" + list;
  }

  /** Where the JSON-LD context of the score extension is served. */
  public String contextUrl() {
    return baseUrl + "/credentials/v1/context.jsonld";
  }

  /** The vocabulary the extension's terms expand to. */
  public String vocabulary() {
    return baseUrl + "/credentials/v1/vocabulary#";
  }

  /** The Open Badges Achievement every passport credential awards. */
  public String achievementId() {
    return baseUrl + "/credentials/v1/achievements/skills-passport";
  }

  /** The public key set. */
  public String jwksUrl() {
    return baseUrl + "/.well-known/jwks.json";
  }

  /** The verification page for a credential known by its short code. */
  public String verifyUrl(String shortCode) {
    return baseUrl + "/verify?c=" + shortCode;
  }
}
