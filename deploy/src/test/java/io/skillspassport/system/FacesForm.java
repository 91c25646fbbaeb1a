package io.skillspassport.system;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A Faces form of a page as a browser would submit it: every field with its current value (text
 * inputs, hidden fields such as the view state, text areas, the selected or first option of each
 * menu, ticked boxes), to which a test sets its own values and adds the button it "clicks".
 */
public final class FacesForm {

  private final URI action;
  private final String id;
  private final Map<String, String> fields = new LinkedHashMap<>();

  private FacesForm(URI action, String id) {
    this.action = action;
    this.id = id;
  }

  /** The form with {@code id} on {@code page} (parsed with its URL as base). */
  public static FacesForm of(Document page, String id) {
    Element form = page.getElementById(id);
    if (form == null || !form.normalName().equals("form")) {
      throw new AssertionError("no form#" + id + " on " + page.location());
    }
    return of(form);
  }

  /** {@code form}, an element of a page parsed with its URL as base. */
  public static FacesForm of(Element form) {
    var result = new FacesForm(URI.create(form.absUrl("action")), form.id());
    for (Element input : form.select("input[name]")) {
      String type = input.attr("type").toLowerCase(java.util.Locale.ROOT);
      if (type.equals("submit") || type.equals("button") || type.equals("image")) {
        continue;
      }
      if ((type.equals("checkbox") || type.equals("radio")) && !input.hasAttr("checked")) {
        continue;
      }
      // A checked box without a value attribute is sent as "on", as a browser does (Faces'
      // selectBooleanCheckbox renders none; an empty value would read as unchecked).
      boolean box = type.equals("checkbox") || type.equals("radio");
      String value = box && !input.hasAttr("value") ? "on" : input.val();
      result.fields.put(input.attr("name"), value);
    }
    for (Element area : form.select("textarea[name]")) {
      result.fields.put(area.attr("name"), area.wholeText());
    }
    for (Element select : form.select("select[name]")) {
      Element chosen = select.selectFirst("option[selected]");
      if (chosen == null) {
        chosen = select.selectFirst("option");
      }
      if (chosen != null) {
        result.fields.put(select.attr("name"), chosen.val());
      }
    }
    return result;
  }

  /** Sets a field by its full name ({@code create:name}). */
  public FacesForm set(String name, String value) {
    if (!fields.containsKey(name)) {
      throw new AssertionError("no field " + name + " in the form; fields: " + fields.keySet());
    }
    fields.put(name, value);
    return this;
  }

  /** The full name of the one field whose name ends with {@code suffix} ({@code :description}). */
  public String nameEnding(String suffix) {
    var names = fields.keySet().stream().filter(n -> n.endsWith(suffix)).toList();
    if (names.size() != 1) {
      throw new AssertionError("not one field ending in " + suffix + ": " + fields.keySet());
    }
    return names.get(0);
  }

  /** The fields as they would be posted when {@code button} (its full name) is clicked. */
  public Map<String, String> clicking(String button) {
    Map<String, String> posted = new LinkedHashMap<>(fields);
    posted.put(button, "clicked");
    return posted;
  }

  /** The form's client id, the prefix of its fields' and buttons' names. */
  public String id() {
    return id;
  }

  public String value(String name) {
    return fields.get(name);
  }

  public Map<String, String> fields() {
    return Map.copyOf(fields);
  }

  public URI action() {
    return action;
  }

  /** Posts the form through {@code session} as if {@code button} was clicked. */
  public HttpSession.Exchange submit(HttpSession session, String button) {
    return session.post(action, clicking(button));
  }
}
