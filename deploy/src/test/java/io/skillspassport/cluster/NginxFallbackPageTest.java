package io.skillspassport.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The page nginx shows for its own 502/504 ({@code deploy/nginx/pages/unavailable.html}) is allowed
 * its one style block by hash in the Content-Security-Policy of {@code cluster.conf.template}: an
 * edit of the style without a new hash would leave the page unstyled, which nobody would notice
 * until an instance fails. This recomputes the hash (CSP Level 3: base64 of the SHA-256 of the
 * element's text) and checks the page has no script and links only to the site's home.
 */
class NginxFallbackPageTest {

  private static final Path NGINX = Path.of("nginx");

  @Test
  void theTemplatesPolicyAllowsExactlyThePagesStyle() throws IOException, NoSuchAlgorithmException {
    String page = Files.readString(NGINX.resolve("pages/unavailable.html"), StandardCharsets.UTF_8);
    String template =
        Files.readString(NGINX.resolve("cluster.conf.template"), StandardCharsets.UTF_8);
    Matcher style = Pattern.compile("<style>(.*?)</style>", Pattern.DOTALL).matcher(page);
    assertThat(style.find()).as("the page's style block").isTrue();
    byte[] digest =
        MessageDigest.getInstance("SHA-256")
            .digest(style.group(1).getBytes(StandardCharsets.UTF_8));
    String hash = Base64.getEncoder().encodeToString(digest);
    assertThat(template).contains("style-src 'sha256-" + hash + "'");
    assertThat(page).doesNotContainIgnoringCase("<script").doesNotContain("style=\"");
    assertThat(template).contains("error_page 502 504 /_unavailable.html;");
  }
}
