package io.skillspassport.scoring.cli;

import io.skillspassport.scoring.equating.Equating;
import io.skillspassport.scoring.equating.EquatingFunction;
import io.skillspassport.scoring.equating.ScoreDistribution;
import io.skillspassport.scoring.irt.EapScorer;
import io.skillspassport.scoring.irt.Form;
import io.skillspassport.scoring.irt.GradedResponseItem;
import io.skillspassport.scoring.irt.Item;
import io.skillspassport.scoring.irt.ResponsePattern;
import io.skillspassport.scoring.irt.SummedScoreTable;
import io.skillspassport.scoring.irt.ThetaEstimate;
import io.skillspassport.scoring.irt.ThetaEstimators;
import io.skillspassport.scoring.irt.TwoPlItem;
import io.skillspassport.scoring.scale.ReportingScale;
import io.skillspassport.scoring.scale.ScaledScore;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The command-line tool. Output is tab-separated with one header row, {@code NA} for undefined
 * values, 6 decimals for real numbers and integers for reported scores and bands.
 *
 * <pre>
 * theta  --items ITEMS.tsv --patterns PATTERNS.tsv
 *        → pattern eap eap_psd map map_se mle mle_se wle wle_se
 * table  --items ITEMS.tsv
 *        → raw eap eap_psd scaled sem band95_lo band95_hi
 * equate --x XFREQ.tsv --y YFREQ.tsv --method mean|linear|equipercentile
 *        → x ey
 * </pre>
 *
 * <p>ITEMS: header {@code item a b1 [b2 …]}; one b makes a 2PL item (responses 0/1), several
 * ordered b's a graded response item (responses 1..K+1); unused trailing b cells may be empty or
 * {@code NA}. PATTERNS: header {@code pattern}, one response string per row, one character per
 * item, {@code .} for omitted. XFREQ / YFREQ: header {@code score count}, integer scores. Lines
 * starting with {@code #} are comments. Linear equating uses N-denominator moments (Kolen &amp;
 * Brennan).
 *
 * <p>Bad input prints one line on stderr naming the file, the line and the value, and returns exit
 * status 2.
 */
public final class Cli {

  /** Exit status on success. */
  public static final int OK = 0;

  /** Exit status on bad input or usage. */
  public static final int BAD_INPUT = 2;

  /** Exit status on an unexpected internal error. */
  public static final int INTERNAL_ERROR = 1;

  private static final String USAGE =
      "usage: theta --items ITEMS.tsv --patterns PATTERNS.tsv"
          + " | table --items ITEMS.tsv"
          + " | equate --x XFREQ.tsv --y YFREQ.tsv --method mean|linear|equipercentile";

  private Cli() {}

  /**
   * Runs one command.
   *
   * @param args command and options
   * @param out where the table goes
   * @param err where the one-line error goes
   * @return the exit status: {@link #OK}, {@link #BAD_INPUT} or {@link #INTERNAL_ERROR}
   */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    try {
      if (args == null || args.length == 0) {
        throw new InputException(USAGE);
      }
      String command = args[0];
      Map<String, String> options = options(args);
      StringBuilder table = new StringBuilder();
      switch (command) {
        case "theta" -> theta(options, table);
        case "table" -> table(options, table);
        case "equate" -> equate(options, table);
        default -> throw new InputException("unknown command '" + command + "'; " + USAGE);
      }
      out.print(table);
      out.flush();
      return OK;
    } catch (InputException e) {
      err.println(e.getMessage());
      return BAD_INPUT;
    } catch (RuntimeException e) {
      err.println("internal error: " + e);
      return INTERNAL_ERROR;
    }
  }

  private static Map<String, String> options(String[] args) throws InputException {
    Map<String, String> options = new HashMap<>();
    for (int i = 1; i < args.length; i += 2) {
      String key = args[i];
      if (!key.startsWith("--") || key.length() < 3) {
        throw new InputException("unexpected argument '" + key + "'; " + USAGE);
      }
      if (i + 1 >= args.length) {
        throw new InputException("option '" + key + "' needs a value; " + USAGE);
      }
      if (options.put(key.substring(2), args[i + 1]) != null) {
        throw new InputException("option '" + key + "' given twice");
      }
    }
    return options;
  }

  private static void require(Map<String, String> options, String command, String... allowed)
      throws InputException {
    Set<String> known = Set.of(allowed);
    for (String key : options.keySet()) {
      if (!known.contains(key)) {
        throw new InputException("unknown option '--" + key + "' for " + command + "; " + USAGE);
      }
    }
    for (String key : allowed) {
      if (!options.containsKey(key)) {
        throw new InputException("missing option '--" + key + "' for " + command + "; " + USAGE);
      }
    }
  }

  private static void theta(Map<String, String> options, StringBuilder out) throws InputException {
    require(options, "theta", "items", "patterns");
    Form form = readItems(options.get("items"));
    TsvFile patterns = TsvFile.read(options.get("patterns"));
    patterns.requireHeader("pattern");
    EapScorer eap = EapScorer.of(form);
    out.append("pattern\teap\teap_psd\tmap\tmap_se\tmle\tmle_se\twle\twle_se\n");
    for (TsvFile.Row row : patterns.rows()) {
      if (row.cells().length > 1) {
        throw patterns.error(row, "expected one column but found " + row.cells().length);
      }
      String text = patterns.cell(row, 0, "pattern");
      ResponsePattern pattern;
      try {
        pattern = ResponsePattern.parse(text);
        form.validate(pattern);
      } catch (IllegalArgumentException e) {
        throw patterns.error(row, e.getMessage());
      }
      out.append(text);
      append(out, eap.score(pattern));
      append(out, ThetaEstimators.map(form, pattern));
      append(out, ThetaEstimators.mle(form, pattern));
      append(out, ThetaEstimators.wle(form, pattern));
      out.append('\n');
    }
  }

  private static void table(Map<String, String> options, StringBuilder out) throws InputException {
    require(options, "table", "items");
    Form form = readItems(options.get("items"));
    ReportingScale scale = ReportingScale.standard();
    out.append("raw\teap\teap_psd\tscaled\tsem\tband95_lo\tband95_hi\n");
    for (SummedScoreTable.Row row : SummedScoreTable.of(form).rows()) {
      ScaledScore s = scale.scale(row.eap(), row.posteriorSd());
      out.append(row.rawScore())
          .append('\t')
          .append(decimal(row.eap()))
          .append('\t')
          .append(decimal(row.posteriorSd()))
          .append('\t')
          .append(s.reported())
          .append('\t')
          .append(decimal(s.sem()))
          .append('\t')
          .append(s.bandLower())
          .append('\t')
          .append(s.bandUpper())
          .append('\n');
    }
  }

  private static void equate(Map<String, String> options, StringBuilder out) throws InputException {
    require(options, "equate", "x", "y", "method");
    String method = options.get("method");
    if (!List.of("mean", "linear", "equipercentile").contains(method)) {
      throw new InputException(
          "unknown method '" + method + "'; expected mean, linear or equipercentile");
    }
    TsvFile xFile = TsvFile.read(options.get("x"));
    List<Integer> xScores = new ArrayList<>();
    ScoreDistribution x = readFrequencies(xFile, xScores);
    ScoreDistribution y = readFrequencies(TsvFile.read(options.get("y")), new ArrayList<>());
    EquatingFunction e =
        switch (method) {
          case "mean" -> Equating.mean(x, y);
          case "linear" -> Equating.linear(x, y);
          default -> Equating.equipercentile(x, y);
        };
    out.append("x\tey\n");
    for (int score : xScores) {
      out.append(score).append('\t').append(decimal(e.equate(score))).append('\n');
    }
  }

  private static ScoreDistribution readFrequencies(TsvFile file, List<Integer> scores)
      throws InputException {
    file.requireHeader("score", "count");
    Map<Integer, Double> counts = new LinkedHashMap<>();
    for (TsvFile.Row row : file.rows()) {
      if (row.cells().length > 2) {
        throw file.error(row, "expected two columns but found " + row.cells().length);
      }
      int score = file.integer(row, 0, "score");
      double count = file.decimal(row, 1, "count");
      if (count < 0) {
        throw file.error(row, "count '" + file.cell(row, 1, "count") + "' is negative");
      }
      if (counts.put(score, count) != null) {
        throw file.error(row, "score " + score + " is listed twice");
      }
      scores.add(score);
    }
    if (counts.isEmpty()) {
      throw new InputException(file.name() + ": no score rows");
    }
    try {
      return ScoreDistribution.of(counts);
    } catch (IllegalArgumentException e) {
      throw new InputException(file.name() + ": " + e.getMessage());
    }
  }

  private static Form readItems(String path) throws InputException {
    TsvFile file = TsvFile.read(path);
    String[] header = file.header();
    if (header.length < 3 || !header[0].equals("item") || !header[1].equals("a")) {
      throw InputException.at(
          file.name(),
          file.headerLine(),
          "header '" + String.join("\\t", header) + "' should be 'item\\ta\\tb1[\\tb2...]'");
    }
    for (int c = 2; c < header.length; c++) {
      if (!header[c].equals("b" + (c - 1))) {
        throw InputException.at(
            file.name(),
            file.headerLine(),
            "header column "
                + (c + 1)
                + " is '"
                + header[c]
                + "' but should be 'b"
                + (c - 1)
                + "'");
      }
    }
    List<Item> items = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (TsvFile.Row row : file.rows()) {
      String[] cells = row.cells();
      if (cells.length > header.length) {
        throw file.error(
            row, "has " + cells.length + " columns but the header has " + header.length);
      }
      String id = file.cell(row, 0, "item id");
      if (!ids.add(id)) {
        throw file.error(row, "item id '" + id + "' is listed twice");
      }
      double a = file.decimal(row, 1, "a of item '" + id + "'");
      int count = 0;
      while (count + 2 < cells.length && !isEmpty(cells[count + 2])) {
        count++;
      }
      for (int c = count + 2; c < cells.length; c++) {
        if (!isEmpty(cells[c])) {
          throw file.error(
              row, "b" + (c - 1) + " '" + cells[c] + "' of item '" + id + "' follows an empty b");
        }
      }
      if (count == 0) {
        throw file.error(row, "item '" + id + "' has no b value");
      }
      double[] b = new double[count];
      for (int k = 0; k < count; k++) {
        b[k] = file.decimal(row, k + 2, "b" + (k + 1) + " of item '" + id + "'");
      }
      try {
        items.add(count == 1 ? TwoPlItem.of(id, a, b[0]) : GradedResponseItem.of(id, a, b));
      } catch (IllegalArgumentException e) {
        throw file.error(row, e.getMessage());
      }
    }
    if (items.isEmpty()) {
      throw new InputException(file.name() + ": no item rows");
    }
    return Form.of(items);
  }

  private static boolean isEmpty(String cell) {
    return cell.isEmpty() || cell.equals("NA");
  }

  private static void append(StringBuilder out, ThetaEstimate e) {
    out.append('\t');
    out.append(e.isDefined() ? decimal(e.requireTheta()) : "NA");
    out.append('\t');
    out.append(e.isDefined() ? decimal(e.requireStandardError()) : "NA");
  }

  /** Six decimals, half-up on the decimal expansion, no negative zero. */
  static String decimal(double value) {
    if (!Double.isFinite(value)) {
      return "NA";
    }
    String s = String.format(Locale.ROOT, "%.6f", value);
    return s.equals("-0.000000") ? "0.000000" : s;
  }
}
