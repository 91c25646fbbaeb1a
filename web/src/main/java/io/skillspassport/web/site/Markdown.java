package io.skillspassport.web.site;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.safety.Safelist;

/**
 * Renders the Markdown of role content as HTML that is safe to put on a page: CommonMark with raw
 * HTML escaped, then an allow-list sanitizer, so no script, event handler or {@code javascript:}
 * URL can get through even if the renderer had a bug.
 */
@Named
@ApplicationScoped
public class Markdown {

  private static final Parser PARSER = Parser.builder().build();

  private static final HtmlRenderer RENDERER =
      HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();

  // An explicit list rather than Safelist.basic(): no images, no ftp: links, no cite URLs; links
  // only to http, https and mailto, always rel=nofollow noopener.
  private static final Safelist ALLOWED =
      new Safelist()
          .addTags(
              "a",
              "b",
              "blockquote",
              "br",
              "code",
              "del",
              "em",
              "h3",
              "h4",
              "hr",
              "i",
              "li",
              "ol",
              "p",
              "pre",
              "strong",
              "ul")
          .addAttributes("a", "href")
          .addProtocols("a", "href", "https", "http", "mailto")
          .addEnforcedAttribute("a", "rel", "nofollow noopener");

  /** Safe HTML for a Markdown text; empty for null. */
  public String html(String markdown) {
    if (markdown == null || markdown.isBlank()) {
      return "";
    }
    return Jsoup.clean(RENDERER.render(PARSER.parse(markdown)), ALLOWED);
  }
}
