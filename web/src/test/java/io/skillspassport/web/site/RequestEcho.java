package io.skillspassport.web.site;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/**
 * Test-only backing bean of {@code request-echo.xhtml}: a Faces form whose action shows what the
 * server decoded, so a test can compare it with what it sent. Only {@link #save} copies the fields
 * to the "saved" ones, so a saved value proves the action ran.
 */
@Named
@RequestScoped
public class RequestEcho {

  private String name;
  private String text;
  private String savedName = "";
  private String savedText = "";

  public String save() {
    savedName = name;
    savedText = text;
    return null;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  public String getSavedName() {
    return savedName;
  }

  public String getSavedText() {
    return savedText;
  }
}
