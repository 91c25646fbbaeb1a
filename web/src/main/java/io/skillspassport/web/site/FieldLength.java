package io.skillspassport.web.site;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.validator.FacesValidator;
import jakarta.faces.validator.Validator;
import jakarta.faces.validator.ValidatorException;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.ResourceBundle;

/**
 * Holds every text field to the {@code maxlength} its page declares, on the server too: the browser
 * enforces the attribute only for people typing, not for a crafted or scripted post, and a value
 * longer than its database column would otherwise end in a failed insert and the error page. The
 * length counted is the one the browser counts (UTF-16 units), and the message gives both the limit
 * and the length sent.
 *
 * <p>Registered as a default validator (faces-config.xml), so a field is limited by writing its
 * {@code maxlength} (or, on a textarea, {@code p:maxlength}) once, in the page.
 */
@FacesValidator(FieldLength.ID)
public class FieldLength implements Validator<Object> {

  public static final String ID = "skillspassport.FieldLength";

  @Override
  public void validate(FacesContext context, UIComponent component, Object value) {
    if (!(value instanceof String text)) {
      return;
    }
    Object declared = component.getAttributes().get("maxlength");
    if (declared == null) {
      // A textarea declares it as a pass-through attribute (p:maxlength); the map is null when a
      // component has none.
      Map<String, Object> passThrough = component.getPassThroughAttributes(false);
      declared = passThrough == null ? null : passThrough.get("maxlength");
    }
    OptionalInt max = maxLength(declared);
    if (max.isEmpty() || text.length() <= max.getAsInt()) {
      return;
    }
    Object label = component.getAttributes().get("label");
    Locale locale =
        context.getViewRoot() == null ? Locale.ENGLISH : context.getViewRoot().getLocale();
    ResourceBundle messages = ResourceBundle.getBundle("io.skillspassport.web.messages", locale);
    String summary =
        MessageFormat.format(
            messages.getString(label == null ? "input.tooLong" : "input.tooLong.labelled"),
            max.getAsInt(),
            text.length(),
            label);
    throw new ValidatorException(new FacesMessage(FacesMessage.SEVERITY_ERROR, summary, summary));
  }

  private static OptionalInt maxLength(Object attribute) {
    if (attribute instanceof Number n && n.intValue() > 0) {
      return OptionalInt.of(n.intValue());
    }
    if (attribute instanceof String s && s.matches("\\d{1,9}")) {
      return OptionalInt.of(Integer.parseInt(s));
    }
    return OptionalInt.empty();
  }
}
