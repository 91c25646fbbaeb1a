package io.skillspassport.scoring.cli;

/** Bad input to the command-line tool; its message is the single line printed on stderr. */
final class InputException extends Exception {

  private static final long serialVersionUID = 1L;

  InputException(String message) {
    super(message);
  }

  static InputException at(String file, int line, String message) {
    return new InputException(file + ", line " + line + ": " + message);
  }
}
