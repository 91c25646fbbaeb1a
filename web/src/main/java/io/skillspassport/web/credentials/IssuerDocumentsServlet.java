package io.skillspassport.web.credentials;

import io.skillspassport.credentials.boundary.IssuerDocuments;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Serves the issuer's public documents to any verifier, without sign-in:
 *
 * <ul>
 *   <li>{@code /.well-known/jwks.json} — the public keys (JWK Set), the signing key first;
 *   <li>{@code /.well-known/did.json} — the did:web DID document with a {@code JsonWebKey}
 *       verification method per key;
 *   <li>{@code /credentials/v1/context.jsonld} — the JSON-LD context of the score extension;
 *   <li>{@code /credentials/status/{n}} — status list {@code n} as a VC-JWT, built per request so a
 *       revocation shows at once.
 * </ul>
 *
 * They may be fetched from other origins (a browser-based wallet or verifier), so they allow any
 * origin; they carry nothing private. Status lists may be cached for a minute, keys for five.
 */
@WebServlet(
    urlPatterns = {
      "/.well-known/jwks.json",
      "/.well-known/did.json",
      "/credentials/v1/context.jsonld",
      "/credentials/status/*"
    })
public class IssuerDocumentsServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  private static final Pattern STATUS_LIST = Pattern.compile("/(0|[1-9][0-9]{0,8})");

  @Inject IssuerDocuments documents;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String path = request.getServletPath();
    switch (path) {
      case "/.well-known/jwks.json" ->
          send(response, "application/jwk-set+json", documents.jwks(), 300);
      case "/.well-known/did.json" ->
          send(response, "application/did+json", documents.didDocument(), 300);
      case "/credentials/v1/context.jsonld" ->
          send(response, "application/ld+json", documents.context(), 3600);
      default -> {
        Matcher list = STATUS_LIST.matcher(Optional.ofNullable(request.getPathInfo()).orElse(""));
        Optional<String> token =
            list.matches()
                ? documents.statusList(Integer.parseInt(list.group(1)))
                : Optional.empty();
        if (token.isEmpty()) {
          response.sendError(HttpServletResponse.SC_NOT_FOUND);
          return;
        }
        send(response, "application/vc+jwt", token.get(), 60);
      }
    }
  }

  private static void send(HttpServletResponse response, String type, String body, int maxAge)
      throws IOException {
    response.setContentType(type);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.setHeader("Access-Control-Allow-Origin", "*");
    response.setHeader("Cache-Control", "public, max-age=" + maxAge);
    response.getWriter().write(body);
  }
}
