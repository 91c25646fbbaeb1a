package io.skillspassport.web.security;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Keeps an oversized request body from ever being parsed: a body larger than {@link
 * #MAX_FORM_BYTES} is read and dropped unparsed, and the request marked, so {@link FormPostGuard}
 * answers it with the 413 page.
 *
 * <p>Why here and not only in the filter (issue 14: a 5 MiB post answered 500). The authentication
 * mechanism runs before any filter, and the OpenID Connect mechanism reads the callback's {@code
 * state} parameter (Soteria's, which the portal used before, read it on every request). That first
 * parameter read makes Grizzly parse the body, and Grizzly refuses a form body larger than its own
 * limit (2 MiB by default) with an {@code IllegalStateException} ("Post too large"): a 500 before
 * the portal's filter could say 413. Once the body has been read through {@code getInputStream()},
 * Grizzly no longer parses it (it skips the body when the stream or reader is in use), so reading
 * it first makes every later parameter read safe. {@link PortalAuthentication} calls {@link
 * #screen} before it reads a parameter.
 *
 * <p>A chunked body has no length to check. It is read up to one byte past the limit: longer, it is
 * dropped as above; within the limit, it is kept and {@link #withBufferedForm} gives the servlets a
 * request whose parameters are parsed from those bytes (URL-encoded form, UTF-8), since the
 * container will not parse a body that was read.
 */
final class RequestBodies {

  /** The largest body accepted: 1 MiB. The largest form (the role editor) posts tens of KB. */
  static final long MAX_FORM_BYTES = 1024 * 1024;

  /** Request attribute: the body was larger than {@link #MAX_FORM_BYTES} and has been dropped. */
  static final String TOO_LARGE = RequestBodies.class.getName() + ".tooLarge";

  private static final String BUFFERED = RequestBodies.class.getName() + ".buffered";

  /** The most of an oversized body read and dropped, so the client still sees the 413 page. */
  private static final long MAX_DRAINED = 64L * 1024 * 1024;

  private RequestBodies() {}

  /** Drops an oversized body (marking the request), buffers a chunked one within the limit. */
  static void screen(HttpServletRequest request) throws IOException {
    if (request.getAttribute(TOO_LARGE) != null || request.getAttribute(BUFFERED) != null) {
      return;
    }
    long length = request.getContentLengthLong();
    if (length > MAX_FORM_BYTES) {
      drop(request.getInputStream());
      request.setAttribute(TOO_LARGE, Boolean.TRUE);
    } else if (length < 0 && chunked(request)) {
      InputStream in = request.getInputStream();
      byte[] body = in.readNBytes((int) MAX_FORM_BYTES + 1);
      if (body.length > MAX_FORM_BYTES) {
        drop(in);
        request.setAttribute(TOO_LARGE, Boolean.TRUE);
      } else {
        request.setAttribute(BUFFERED, body);
      }
    }
  }

  static boolean tooLarge(HttpServletRequest request) {
    return request.getAttribute(TOO_LARGE) != null
        || request.getContentLengthLong() > MAX_FORM_BYTES;
  }

  /**
   * The request to read parameters from after {@link #screen}: a wrapper with the query's
   * parameters only if the body was dropped, a wrapper reading the buffered chunked body, else
   * {@code request} itself.
   *
   * <p>Why a wrapper even for a dropped body: Grizzly decides whether to parse a body by its
   * Content-Length, not by whether it was read, so any parameter read on the container's request
   * with a Content-Length beyond Grizzly's limit still throws "Post too large".
   */
  static HttpServletRequest readable(HttpServletRequest request) {
    if (request.getAttribute(TOO_LARGE) != null) {
      return new BufferedForm(request, new byte[0]);
    }
    return request.getAttribute(BUFFERED) instanceof byte[] body
        ? new BufferedForm(request, body)
        : request;
  }

  private static boolean chunked(HttpServletRequest request) {
    String encoding = request.getHeader("Transfer-Encoding");
    return encoding != null && encoding.toLowerCase(Locale.ROOT).contains("chunked");
  }

  private static void drop(InputStream in) throws IOException {
    byte[] buffer = new byte[64 * 1024];
    long left = MAX_DRAINED;
    int read;
    while (left > 0 && (read = in.read(buffer)) != -1) {
      left -= read;
    }
  }

  /** A request whose body was read already: parameters from the query and the kept body. */
  private static final class BufferedForm extends HttpServletRequestWrapper {

    private final byte[] body;
    private final Map<String, String[]> parameters;

    BufferedForm(HttpServletRequest request, byte[] body) {
      super(request);
      this.body = body;
      Map<String, List<String>> values = new LinkedHashMap<>();
      parse(request.getQueryString(), values);
      String type = request.getContentType();
      if (type != null
          && type.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded")) {
        parse(new String(body, StandardCharsets.ISO_8859_1), values);
      }
      Map<String, String[]> map = new LinkedHashMap<>();
      values.forEach((name, list) -> map.put(name, list.toArray(String[]::new)));
      this.parameters = Collections.unmodifiableMap(map);
    }

    /** URL-encoded pairs; the bytes are ASCII after encoding, the decoding is UTF-8. */
    private static void parse(String encoded, Map<String, List<String>> into) {
      if (encoded == null || encoded.isEmpty()) {
        return;
      }
      for (String pair : encoded.split("&")) {
        if (pair.isEmpty()) {
          continue;
        }
        String[] parts = pair.split("=", 2);
        Optional<String> name = decode(parts[0]);
        Optional<String> value = decode(parts.length == 2 ? parts[1] : "");
        if (name.isPresent() && value.isPresent()) {
          into.computeIfAbsent(name.get(), n -> new ArrayList<>()).add(value.get());
        }
      }
    }

    private static Optional<String> decode(String text) {
      try {
        return Optional.of(URLDecoder.decode(text, StandardCharsets.UTF_8));
      } catch (IllegalArgumentException malformed) {
        // "%zz": dropped, as the container drops a pair it cannot decode.
        return Optional.empty();
      }
    }

    @Override
    public String getParameter(String name) {
      String[] values = parameters.get(name);
      return values == null ? null : values[0];
    }

    @Override
    public Map<String, String[]> getParameterMap() {
      return parameters;
    }

    @Override
    public Enumeration<String> getParameterNames() {
      return Collections.enumeration(parameters.keySet());
    }

    @Override
    public String[] getParameterValues(String name) {
      String[] values = parameters.get(name);
      return values == null ? null : values.clone();
    }

    @Override
    public int getContentLength() {
      return body.length;
    }

    @Override
    public long getContentLengthLong() {
      return body.length;
    }

    @Override
    public ServletInputStream getInputStream() {
      ByteArrayInputStream in = new ByteArrayInputStream(body);
      return new ServletInputStream() {
        @Override
        public int read() {
          return in.read();
        }

        @Override
        public int read(byte[] b, int off, int len) {
          return in.read(b, off, len);
        }

        @Override
        public boolean isFinished() {
          return in.available() == 0;
        }

        @Override
        public boolean isReady() {
          return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
          throw new IllegalStateException("the body was read already; no asynchronous reading");
        }
      };
    }
  }
}
