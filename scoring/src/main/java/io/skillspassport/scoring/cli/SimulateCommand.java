package io.skillspassport.scoring.cli;

import io.skillspassport.scoring.cat.AdaptiveTest;
import io.skillspassport.scoring.cat.CatRules;
import io.skillspassport.scoring.cat.CatSimulator;
import io.skillspassport.scoring.cat.ExposureControl;
import io.skillspassport.scoring.cat.ItemBank;
import io.skillspassport.scoring.cat.SimulationReport;
import java.util.Set;

/**
 * {@code simulate --items BANK.tsv --stop-se SE --max-items N [--min-items N] --thetas=-2,-1,0,1,2
 * --replications R --seed S [--randomesque K]}: simulated candidates through an adaptive test of
 * the bank (EAP, maximum information, stop at posterior SD ≤ SE or N items; randomesque exposure
 * control with group size K, default 1 = none); stdout {@code theta mean_items bias rmse coverage95
 * max_exposure}, one row per θ, max_exposure being the largest share of that θ's R candidates shown
 * one item.
 */
final class SimulateCommand implements Command {

  @Override
  public void run(Options options, StringBuilder out) throws InputException {
    options.expect(
        Set.of("items", "stop-se", "max-items", "thetas", "replications", "seed"),
        Set.of("min-items", "randomesque"),
        0);
    ItemBank bank = ItemBank.untagged(ItemsFile.read(options.get("items")).items());
    double se = positiveDecimal(options, "stop-se");
    int max = positiveInteger(options.get("max-items"), "max-items");
    int min = positiveInteger(options.optional("min-items").orElse("1"), "min-items");
    if (min > max) {
      throw new InputException("--min-items " + min + " exceeds --max-items " + max);
    }
    int k = positiveInteger(options.optional("randomesque").orElse("1"), "randomesque");
    int replications = positiveInteger(options.get("replications"), "replications");
    long seed;
    try {
      seed = Long.parseLong(options.get("seed"));
    } catch (NumberFormatException e) {
      throw new InputException("--seed '" + options.get("seed") + "' is not an integer");
    }
    String[] parts = options.get("thetas").split(",", -1);
    double[] thetas = new double[parts.length];
    for (int i = 0; i < parts.length; i++) {
      thetas[i] = finite(parts[i].trim(), "thetas");
    }
    CatRules rules =
        CatRules.builder()
            .targetSe(se)
            .length(min, max)
            .exposure(new ExposureControl.Randomesque(k))
            .build();
    SimulationReport report =
        CatSimulator.run(AdaptiveTest.of(bank, rules), thetas, replications, seed);
    out.append("theta\tmean_items\tbias\trmse\tcoverage95\tmax_exposure\n");
    for (SimulationReport.Row row : report.rows()) {
      out.append(Cli.decimal(row.theta()))
          .append('\t')
          .append(Cli.decimal(row.meanItems()))
          .append('\t')
          .append(Cli.decimal(row.bias()))
          .append('\t')
          .append(Cli.decimal(row.rmse()))
          .append('\t')
          .append(Cli.decimal(row.coverage95()))
          .append('\t')
          .append(Cli.decimal(row.maxExposure()))
          .append('\n');
    }
  }

  private static double positiveDecimal(Options options, String key) throws InputException {
    double value = finite(options.get(key), key);
    if (!(value > 0)) {
      throw new InputException("--" + key + " must be positive but was " + options.get(key));
    }
    return value;
  }

  private static double finite(String text, String key) throws InputException {
    try {
      double value = Double.parseDouble(text);
      if (Double.isFinite(value)) {
        return value;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new InputException("--" + key + " value '" + text + "' is not a finite number");
  }

  private static int positiveInteger(String text, String key) throws InputException {
    try {
      int value = Integer.parseInt(text);
      if (value >= 1) {
        return value;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new InputException("--" + key + " must be a positive integer but was '" + text + "'");
  }
}
