package io.skillspassport.web.site;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.regex.Pattern;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
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
  // only to http, https and mailto, or to one of the portal's own paths (below), always
  // rel=nofollow noopener.
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
          .addEnforcedAttribute("a", "rel", "nofollow noopener")
          .preserveRelativeLinks(true);

  /**
   * The base the sanitizer resolves relative links against to check their protocol; it never
   * appears in the output ({@code preserveRelativeLinks}).
   */
  private static final String BASE = "https://portal.invalid/";

  /**
   * A path on the portal itself, such as {@code /assessments} or {@code /roles/x#skills}: one
   * leading slash and then plain URL characters. Excludes {@code //host} and {@code /\host}, which
   * browsers read as another site, and anything relative to the current page.
   */
  private static final Pattern PORTAL_PATH =
      Pattern.compile("/(?![/\\\\])[A-Za-z0-9\\-._~/?#=&%+]*");

  private static final Pattern ABSOLUTE = Pattern.compile("(?i)(https?|mailto):.*");

  /**
   * Safe HTML for a Markdown text; empty for null. Links keep their href only when it is an http(s)
   * or mailto URL or a path of the portal ({@code [tests catalogue](/assessments)}); any other link
   * keeps its text.
   */
  public String html(String markdown) {
    if (markdown == null || markdown.isBlank()) {
      return "";
    }
    String clean = Jsoup.clean(RENDERER.render(PARSER.parse(markdown)), BASE, ALLOWED);
    Document fragment = Jsoup.parseBodyFragment(clean);
    for (Element link : fragment.select("a[href]")) {
      String href = link.attr("href");
      if (!ABSOLUTE.matcher(href).matches() && !PORTAL_PATH.matcher(href).matches()) {
        link.removeAttr("href");
      }
    }
    return fragment.body().html();
  }
}
