package io.skillspassport.web.site;

import io.skillspassport.scoring.scale.ReportingScale;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds places that restate the reporting scale's ends or mean instead of asking {@link
 * ReportingScale} for them: a message-bundle sentence (".properties") or a view (".xhtml") that
 * writes one of the numbers, and Java code (".java", comments left out) whose string literal writes
 * one of them, or whose code writes the maximum or the mean as a number or passes the ends as bare
 * numbers ("300, 850", "(300", "850)"; the minimum alone is too common a number, e.g. 300 seconds,
 * to flag everywhere).
 *
 * <p>The numbers are {@link ReportingScale#standard()}'s minimum, maximum and mean, as whole
 * numbers not part of a larger one ("1,300", "3000" and "57.5" are not restatements). Comments are
 * not scanned: Javadoc may explain the standard scale with its numbers, as the scale's own
 * documentation does.
 */
final class ScaleRestatements {

  private static final Pattern STRING_LITERAL = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"");

  private final Pattern number;
  private final Pattern ends;
  private final Pattern rare;

  private ScaleRestatements(ReportingScale scale) {
    String numbers = scale.minimum() + "|" + scale.maximum() + "|" + Math.round(scale.center());
    this.number = Pattern.compile("(?<![\\d.,])(" + numbers + ")(?![\\d])");
    // The ends passed as bare numbers in code: "300, 850", "(300", "850)".
    String min = String.valueOf(scale.minimum());
    String max = String.valueOf(scale.maximum());
    this.ends =
        Pattern.compile(
            "(?<![\\w.])"
                + min
                + "\\s*,\\s*"
                + max
                + "(?![\\w.])|\\(\\s*"
                + min
                + "(?![\\w.])|(?<![\\w.])"
                + max
                + "\\s*\\)");
    this.rare =
        Pattern.compile("(?<![\\w.])(" + max + "|" + Math.round(scale.center()) + ")(?!\\w)");
  }

  /** Every restatement in the files under {@code root}, as "file:line: text". */
  static List<String> under(Path root) {
    ScaleRestatements scan = new ScaleRestatements(ReportingScale.standard());
    List<String> found = new ArrayList<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
        String name = file.getFileName().toString();
        if (name.endsWith(".properties")) {
          scan.bundle(file, found);
        } else if (name.endsWith(".xhtml")) {
          scan.view(file, found);
        } else if (name.endsWith(".java")) {
          scan.code(file, found);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return found;
  }

  /** How many files of the kinds scanned lie under {@code root}. */
  static long filesUnder(Path root) {
    try (Stream<Path> files = Files.walk(root)) {
      return files
          .map(f -> f.getFileName().toString())
          .filter(n -> n.endsWith(".properties") || n.endsWith(".xhtml") || n.endsWith(".java"))
          .count();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void bundle(Path file, List<String> found) throws IOException {
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.startsWith("#") || !line.contains("=")) {
        continue;
      }
      String value = line.substring(line.indexOf('=') + 1);
      if (number.matcher(value).find()) {
        found.add(file.getFileName() + ":" + (i + 1) + ": " + line);
      }
    }
  }

  private void view(Path file, List<String> found) throws IOException {
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    for (int i = 0; i < lines.size(); i++) {
      if (number.matcher(lines.get(i)).find()) {
        found.add(file.getFileName() + ":" + (i + 1) + ": " + lines.get(i).strip());
      }
    }
  }

  private void code(Path file, List<String> found) throws IOException {
    String name = file.getFileName().toString();
    String[] lines =
        withoutComments(Files.readString(file, StandardCharsets.UTF_8)).split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      boolean inString = false;
      Matcher literal = STRING_LITERAL.matcher(line);
      while (literal.find()) {
        inString |= number.matcher(literal.group()).find();
      }
      String code = STRING_LITERAL.matcher(line).replaceAll("\"\"");
      boolean bare = ends.matcher(code).find() || rare.matcher(code).find();
      if (inString || bare) {
        found.add(name + ":" + (i + 1) + ": " + line.strip());
      }
    }
  }

  /**
   * The source with its comments blanked out (line breaks kept, so line numbers stay), string and
   * character literals left as they are.
   */
  static String withoutComments(String source) {
    StringBuilder out = new StringBuilder(source.length());
    int i = 0;
    int n = source.length();
    while (i < n) {
      char c = source.charAt(i);
      char next = i + 1 < n ? source.charAt(i + 1) : '\0';
      if (c == '/' && next == '/') {
        while (i < n && source.charAt(i) != '\n') {
          i++;
        }
      } else if (c == '/' && next == '*') {
        int end = source.indexOf("*/", i + 2);
        end = end < 0 ? n : end + 2;
        for (int j = i; j < end; j++) {
          if (source.charAt(j) == '\n') {
            out.append('\n');
          }
        }
        i = end;
      } else if (c == '"' || c == '\'') {
        int j = i + 1;
        while (j < n && source.charAt(j) != c && source.charAt(j) != '\n') {
          j += source.charAt(j) == '\\' ? 2 : 1;
        }
        int end = Math.min(n, j + 1);
        out.append(source, i, end);
        i = end;
      } else {
        out.append(c);
        i++;
      }
    }
    return out.toString();
  }
}
