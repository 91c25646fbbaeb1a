package io.skillspassport.web.site;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.validator.FacesValidator;
import jakarta.faces.validator.Validator;
import jakarta.faces.validator.ValidatorException;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.ResourceBundle;

/**
 * Refuses text that carries characters a reader cannot see but software acts on: NUL and the other
 * control characters (tab, line feed and carriage return excepted), and the bidirectional
 * embedding, override and isolate controls (U+202A–U+202E, U+2066–U+2069). An override makes a name
 * display differently from what it is — {@code "invoice\u202Efdp.exe"} shows as "invoiceexe.pdf" —
 * so an organisation, a bundle or a role could impersonate another; NUL truncates text in some
 * databases and tools. The message names the character and its code point, so the person can find
 * it in pasted text.
 *
 * <p>Registered as a default validator (faces-config.xml): every text field of every form runs it,
 * and no form can forget it. Values that are not text (numbers, booleans) pass untouched.
 */
@FacesValidator(InvisibleCharacters.ID)
public class InvisibleCharacters implements Validator<Object> {

  public static final String ID = "skillspassport.InvisibleCharacters";

  @Override
  public void validate(FacesContext context, UIComponent component, Object value) {
    if (!(value instanceof String text)) {
      return;
    }
    OptionalInt refused = firstRefused(text);
    if (refused.isEmpty()) {
      return;
    }
    int codePoint = refused.getAsInt();
    Object label = component.getAttributes().get("label");
    Locale locale =
        context.getViewRoot() == null ? Locale.ENGLISH : context.getViewRoot().getLocale();
    ResourceBundle messages = ResourceBundle.getBundle("io.skillspassport.web.messages", locale);
    String summary =
        MessageFormat.format(
            messages.getString(label == null ? "input.invisible" : "input.invisible.labelled"),
            String.format(Locale.ROOT, "U+%04X", codePoint),
            describe(codePoint),
            label);
    throw new ValidatorException(new FacesMessage(FacesMessage.SEVERITY_ERROR, summary, summary));
  }

  /** The first character of {@code text} that is refused, as a code point. */
  public static OptionalInt firstRefused(String text) {
    return text.codePoints().filter(InvisibleCharacters::refused).findFirst();
  }

  static boolean refused(int c) {
    boolean control =
        Character.getType(c) == Character.CONTROL && c != '\t' && c != '\n' && c != '\r';
    boolean bidi = (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
    return control || bidi;
  }

  private static String describe(int codePoint) {
    String name = Character.getName(codePoint);
    return codePoint == 0 ? "NULL" : name == null ? "control character" : name;
  }
}
