package io.skillspassport.scoring.cli;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The options of one command: {@code --name value} and {@code --name=value} (the second form lets a
 * value start with a minus sign, as in {@code --thetas=-2,-1,0}); anything not starting with {@code
 * --} is a positional argument. An option given twice is an error.
 */
final class Options {

  private final String command;
  private final Map<String, String> values;
  private final List<String> positional;

  private Options(String command, Map<String, String> values, List<String> positional) {
    this.command = command;
    this.values = values;
    this.positional = positional;
  }

  /** Parses {@code args[1..]} of the command {@code args[0]}. */
  static Options parse(String[] args) throws InputException {
    Map<String, String> values = new HashMap<>();
    List<String> positional = new ArrayList<>();
    for (int i = 1; i < args.length; i++) {
      String arg = args[i];
      if (!arg.startsWith("--")) {
        positional.add(arg);
        continue;
      }
      String key;
      String value;
      int eq = arg.indexOf('=');
      if (eq >= 0) {
        key = arg.substring(2, eq);
        value = arg.substring(eq + 1);
      } else {
        key = arg.substring(2);
        if (i + 1 >= args.length) {
          throw new InputException("option '" + arg + "' needs a value");
        }
        value = args[++i];
      }
      if (key.isEmpty()) {
        throw new InputException("unexpected argument '" + arg + "'");
      }
      if (values.put(key, value) != null) {
        throw new InputException("option '--" + key + "' given twice");
      }
    }
    return new Options(args[0], values, Collections.unmodifiableList(positional));
  }

  /**
   * Checks that every option given is one of {@code required} or {@code optional}, that every
   * required one is given, and that exactly {@code positionalCount} positional arguments are.
   */
  Options expect(Set<String> required, Set<String> optional, int positionalCount)
      throws InputException {
    for (String key : values.keySet()) {
      if (!required.contains(key) && !optional.contains(key)) {
        throw new InputException("unknown option '--" + key + "' for " + command);
      }
    }
    for (String key : required) {
      if (!values.containsKey(key)) {
        throw new InputException("missing option '--" + key + "' for " + command);
      }
    }
    if (positional.size() != positionalCount) {
      throw new InputException(
          positional.size() > positionalCount
              ? "unexpected argument '" + positional.get(positionalCount) + "' for " + command
              : command + " needs " + positionalCount + " file argument(s)");
    }
    return this;
  }

  /** Only the required options, nothing positional. */
  Options expect(String... required) throws InputException {
    return expect(Set.of(required), Set.of(), 0);
  }

  String get(String key) {
    String value = values.get(key);
    if (value == null) {
      throw new IllegalStateException("option --" + key + " was not checked by expect()");
    }
    return value;
  }

  Optional<String> optional(String key) {
    return Optional.ofNullable(values.get(key));
  }

  List<String> positional() {
    return positional;
  }

  String command() {
    return command;
  }
}
