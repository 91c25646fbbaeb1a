package io.skillspassport.scoring.cli;

import io.skillspassport.scoring.equating.Equating;
import io.skillspassport.scoring.equating.EquatingFunction;
import io.skillspassport.scoring.equating.ScoreDistribution;
import io.skillspassport.scoring.irt.EapScorer;
import io.skillspassport.scoring.irt.Form;
import io.skillspassport.scoring.irt.ResponsePattern;
import io.skillspassport.scoring.irt.SummedScoreTable;
import io.skillspassport.scoring.irt.ThetaEstimate;
import io.skillspassport.scoring.irt.ThetaEstimators;
import io.skillspassport.scoring.scale.ReportingScale;
import io.skillspassport.scoring.scale.ScaledScore;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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
 * calibrate --model rasch|1pl|2pl|3pl|grm --responses FILE [--anchors ITEMS.tsv] [--summary FILE]
 *        → item a b1 [b2 …] [c] se_a se_b1 [se_b2 …] [se_c]   (see CalibrateCommand)
 * link   --method mean-mean|mean-sigma|haebara|stocking-lord --from NEW.tsv --to BASE.tsv
 *        → method A B                                        ({@link LinkCommand})
 * simulate --items BANK.tsv --stop-se SE --max-items N [--min-items N] --thetas=-2,-1,0,1,2
 *          --replications R --seed S [--randomesque K]
 *        → theta mean_items bias rmse coverage95 max_exposure ({@link SimulateCommand})
 * agreement --ratings RATINGS.tsv
 *        → statistic value (Krippendorff's α per metric; intraclass correlations if complete)
 * </pre>
 *
 * <p>ITEMS: header {@code item a b1 [b2 …]}; one b makes a 2PL item (responses 0/1), several
 * ordered b's a graded response item (responses 1..K+1); unused trailing b cells may be empty or
 * {@code NA}. PATTERNS: header {@code pattern}, one response string per row, one character per
 * item, {@code .} for omitted. XFREQ / YFREQ: header {@code score count}, integer scores. RATINGS:
 * see {@link AgreementCommand}. Lines starting with {@code #} are comments. Linear equating uses
 * N-denominator moments (Kolen &amp; Brennan).
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
          + " | equate --x XFREQ.tsv --y YFREQ.tsv --method mean|linear|equipercentile"
          + " | calibrate --model rasch|1pl|2pl|3pl|grm --responses FILE [--anchors ITEMS.tsv]"
          + " [--summary FILE]"
          + " | link --method mean-mean|mean-sigma|haebara|stocking-lord --from NEW.tsv --to BASE.tsv"
          + " | simulate --items BANK.tsv --stop-se SE --max-items N [--min-items N]"
          + " --thetas=T1,T2,... --replications R --seed S [--randomesque K]"
          + " | agreement --ratings RATINGS.tsv";

  /**
   * The commands by name. A new command is a class of its own in this package and one line here.
   */
  private static final Map<String, Command> COMMANDS =
      Map.of(
          "theta",
          Cli::theta,
          "table",
          Cli::table,
          "equate",
          Cli::equate,
          "calibrate",
          CalibrateCommand::run,
          "link",
          new LinkCommand(),
          "simulate",
          new SimulateCommand(),
          "agreement",
          new AgreementCommand());

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
      Command command = COMMANDS.get(args[0]);
      if (command == null) {
        throw new InputException("unknown command '" + args[0] + "'; " + USAGE);
      }
      StringBuilder table = new StringBuilder();
      command.run(Options.parse(args), table);
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

  private static void theta(Options options, StringBuilder out) throws InputException {
    options.expect("items", "patterns");
    Form form = ItemsFile.read(options.get("items"));
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

  private static void table(Options options, StringBuilder out) throws InputException {
    options.expect("items");
    Form form = ItemsFile.read(options.get("items"));
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

  private static void equate(Options options, StringBuilder out) throws InputException {
    options.expect("x", "y", "method");
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
