package io.skillspassport.web.credentials;

import io.nayuki.qrcodegen.QrCode;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * QR codes drawn on the server as SVG (Nayuki's QR Code generator, from Maven Central), handed to
 * the page as a {@code data:} image so no script and no inline style is needed under the CSP
 * ({@code img-src 'self' data:}). Error correction level M (15% of the symbol recoverable) and the
 * standard four-module quiet zone.
 */
public final class QrCodes {

  private static final int QUIET_ZONE = 4;

  private QrCodes() {}

  /** The SVG drawing of a QR code of {@code text}. */
  public static String svg(String text) {
    QrCode qr = QrCode.encodeText(text, QrCode.Ecc.MEDIUM);
    int size = qr.size + 2 * QUIET_ZONE;
    StringBuilder path = new StringBuilder();
    for (int y = 0; y < qr.size; y++) {
      for (int x = 0; x < qr.size; x++) {
        if (qr.getModule(x, y)) {
          path.append('M')
              .append(x + QUIET_ZONE)
              .append(',')
              .append(y + QUIET_ZONE)
              .append("h1v1h-1z");
        }
      }
    }
    return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 "
        + size
        + " "
        + size
        + "\" shape-rendering=\"crispEdges\"><rect width=\"100%\" height=\"100%\" fill=\"#fff\"/>"
        + "<path fill=\"#000\" d=\""
        + path
        + "\"/></svg>";
  }

  /** The same drawing as a {@code data:image/svg+xml;base64,…} URI for an {@code img}. */
  public static String dataUri(String text) {
    return "data:image/svg+xml;base64,"
        + Base64.getEncoder().encodeToString(svg(text).getBytes(StandardCharsets.UTF_8));
  }
}
