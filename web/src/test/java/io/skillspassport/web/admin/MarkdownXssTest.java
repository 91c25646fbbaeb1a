package io.skillspassport.web.admin;

import static org.assertj.core.api.Assertions.assertThat;

import io.skillspassport.web.site.Markdown;
import org.junit.jupiter.api.Test;

/** The sanitizing Markdown renderer against known XSS payloads, without a container. */
class MarkdownXssTest {

  private final Markdown markdown = new Markdown();

  @Test
  void rendersEveryKnownPayloadHarmless() {
    assertThat(XssPayloads.ALL).hasSizeGreaterThanOrEqualTo(15);
    for (String payload : XssPayloads.ALL) {
      String html = markdown.html("Before " + payload + " after");

      assertThat(XssPayloads.firstLiveMarkup(html)).as("%s → %s", payload, html).isNull();
    }
  }

  @Test
  void keepsHttpLinksAndMarksThemNofollowNoopener() {
    String html = markdown.html("See [the guide](https://example.org/guide).");

    assertThat(html)
        .contains("href=\"https://example.org/guide\"")
        .contains("rel=\"nofollow noopener\"");
  }

  @Test
  void dropsLinksWithOtherSchemesButKeepsTheirText() {
    String html = markdown.html("[ftp](ftp://example.org/x) and [js](javascript:alert(1))");

    assertThat(html).contains("ftp").contains("js").doesNotContain("href");
  }

  @Test
  void keepsLinksToThePortalsOwnPaths() {
    String html =
        markdown.html(
            "The [tests catalogue](/assessments), the [method](/methodology#scale) and"
                + " [what it is](/passport-explained).");

    assertThat(html)
        .contains("href=\"/assessments\"")
        .contains("href=\"/methodology#scale\"")
        .contains("href=\"/passport-explained\"");
  }

  @Test
  void dropsLinksThatABrowserReadsAsAnotherSiteOrRelativeToThePage() {
    String html =
        markdown.html(
            "[a](//evil.example/x) [b](/\\evil.example/x) [c](../admin) [d](admin/roles)"
                + " [e](JavaScript:alert(1)) [f](data:text/html,x)");

    assertThat(html).contains(">a<").contains(">f<").doesNotContain("href");
  }

  @Test
  void showsRawHtmlAsText() {
    assertThat(markdown.html("<b onclick=x>bold</b>")).contains("&lt;b onclick=x&gt;");
  }

  @Test
  void checkerRecognisesLiveMarkup() {
    assertThat(XssPayloads.firstLiveMarkup("<p><img src=x onerror=alert(1)></p>")).isNotNull();
    assertThat(XssPayloads.firstLiveMarkup("<a href=\"&#106;avascript:x\">x</a>")).isNotNull();
    assertThat(XssPayloads.firstLiveMarkup("<p>&lt;script&gt; onerror=</p>")).isNull();
  }
}
