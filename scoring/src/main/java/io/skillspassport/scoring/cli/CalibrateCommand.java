package io.skillspassport.scoring.cli;

import io.skillspassport.scoring.calibration.CalibratedItem;
import io.skillspassport.scoring.calibration.CalibrationFailure;
import io.skillspassport.scoring.calibration.CalibrationResult;
import io.skillspassport.scoring.calibration.Calibrator;
import io.skillspassport.scoring.calibration.ItemFit;
import io.skillspassport.scoring.calibration.Model;
import io.skillspassport.scoring.calibration.ResponseData;
import io.skillspassport.scoring.irt.Form;
import io.skillspassport.scoring.irt.Item;
import io.skillspassport.scoring.irt.ResponsePattern;
import io.skillspassport.scoring.irt.ThreePlItem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * {@code calibrate --model rasch|1pl|2pl|3pl|grm --responses FILE [--anchors ITEMS.tsv] [--summary
 * FILE]}: item parameters by marginal maximum likelihood (see {@link Calibrator}).
 *
 * <p>RESPONSES: a header naming the items, one column each, and an optional last column {@code
 * count} (the pattern's frequency, default 1); cells 0/1 (graded: 1..K), {@code .} or {@code NA}
 * when not administered. Stdout: an items file that {@code theta --items} reads back, {@code item a
 * b1 [b2 …] [c]} then {@code se_a se_b1 [se_b2 …] [se_c]}, {@code NA} where a parameter was fixed
 * (Rasch slope, anchors) or does not exist. SUMMARY: {@code key value} rows ({@code model n
 * patterns loglik iterations newton_steps converged parameters aic bic latent_mean latent_sd}), one
 * blank line, then the item-fit table {@code item sx2 df p} ({@code NA} where S-X² is undefined).
 */
final class CalibrateCommand {

  private CalibrateCommand() {}

  static void run(Options options, StringBuilder out) throws InputException {
    options.expect(Set.of("model", "responses"), Set.of("anchors", "summary"), 0);
    Model model;
    try {
      model = Model.ofLabel(options.get("model"));
    } catch (IllegalArgumentException e) {
      throw new InputException(e.getMessage());
    }
    Map<String, Item> anchors = new HashMap<>();
    Optional<String> anchorFile = options.optional("anchors");
    if (anchorFile.isPresent()) {
      Form bank = ItemsFile.read(anchorFile.get());
      for (Item item : bank.items()) {
        anchors.put(item.id(), item);
      }
    }
    ResponseData data = readResponses(options.get("responses"), model, anchors);
    Calibrator calibrator = Calibrator.of(model);
    if (!anchors.isEmpty()) {
      calibrator = calibrator.withAnchors(anchors.values());
    }
    CalibrationResult result;
    try {
      result = calibrator.calibrate(data);
    } catch (CalibrationFailure e) {
      throw new InputException("calibration failed: " + e.getMessage());
    } catch (IllegalArgumentException e) {
      throw new InputException(options.get("responses") + ": " + e.getMessage());
    }
    writeItems(result, out);
    Optional<String> summary = options.optional("summary");
    if (summary.isPresent()) {
      try {
        Files.writeString(Path.of(summary.get()), summary(result, data), StandardCharsets.UTF_8);
      } catch (IOException | RuntimeException e) {
        throw new InputException(
            summary.get() + ": cannot write the summary (" + e.getClass().getSimpleName() + ")");
      }
    }
  }

  private static ResponseData readResponses(String path, Model model, Map<String, Item> anchors)
      throws InputException {
    TsvFile file = TsvFile.read(path);
    String[] header = file.header();
    int columns = header.length;
    boolean counted = columns > 1 && header[columns - 1].equals("count");
    int n = counted ? columns - 1 : columns;
    if (n == 0) {
      throw InputException.at(file.name(), file.headerLine(), "header names no item");
    }
    List<String> ids = Arrays.asList(header).subList(0, n);
    ResponseData.Builder builder;
    try {
      builder = ResponseData.builder(ids);
    } catch (IllegalArgumentException e) {
      throw InputException.at(file.name(), file.headerLine(), e.getMessage());
    }
    int rows = 0;
    for (TsvFile.Row row : file.rows()) {
      String[] cells = row.cells();
      if (cells.length != columns) {
        throw file.error(row, "has " + cells.length + " columns but the header has " + columns);
      }
      int[] r = new int[n];
      for (int i = 0; i < n; i++) {
        String cell = cells[i];
        if (cell.equals(".") || cell.equals("NA")) {
          r[i] = ResponsePattern.OMITTED;
          continue;
        }
        int v = file.integer(row, i, "response to item '" + ids.get(i) + "'");
        Item anchor = anchors.get(ids.get(i));
        boolean ok =
            anchor != null ? anchor.accepts(v) : model.isDichotomous() ? v == 0 || v == 1 : v >= 1;
        if (!ok) {
          String range =
              anchor != null
                  ? anchor.lowestResponse() + ".." + anchor.highestResponse()
                  : model.isDichotomous() ? "0..1" : "1..K";
          throw file.error(
              row,
              "response "
                  + v
                  + " to item '"
                  + ids.get(i)
                  + "' (column "
                  + (i + 1)
                  + ") is outside its categories "
                  + range);
        }
        r[i] = v;
      }
      double count = 1;
      if (counted) {
        count = file.decimal(row, n, "count");
        if (count < 0) {
          throw file.error(row, "count '" + cells[n] + "' is negative");
        }
      }
      builder.add(r, count);
      rows++;
    }
    if (rows == 0) {
      throw new InputException(file.name() + ": no response rows");
    }
    try {
      return builder.build();
    } catch (IllegalArgumentException e) {
      throw new InputException(file.name() + ": " + e.getMessage());
    }
  }

  private static void writeItems(CalibrationResult result, StringBuilder out) {
    int k = 1;
    boolean guessing = result.model() == Model.THREE_PL;
    for (CalibratedItem c : result.items()) {
      k = Math.max(k, c.item().thresholdCount());
      guessing |= c.item() instanceof ThreePlItem;
    }
    out.append("item\ta");
    for (int j = 1; j <= k; j++) {
      out.append("\tb").append(j);
    }
    if (guessing) {
      out.append("\tc");
    }
    out.append("\tse_a");
    for (int j = 1; j <= k; j++) {
      out.append("\tse_b").append(j);
    }
    if (guessing) {
      out.append("\tse_c");
    }
    out.append('\n');
    for (CalibratedItem c : result.items()) {
      Item item = c.item();
      out.append(item.id()).append('\t').append(Cli.decimal(item.discrimination()));
      for (int j = 0; j < k; j++) {
        out.append('\t').append(j < item.thresholdCount() ? Cli.decimal(item.threshold(j)) : "NA");
      }
      if (guessing) {
        out.append('\t').append(item instanceof ThreePlItem t ? Cli.decimal(t.guessing()) : "NA");
      }
      out.append('\t').append(se(c.seA()));
      for (int j = 0; j < k; j++) {
        out.append('\t').append(j < c.seB().size() ? se(c.seB().get(j)) : "NA");
      }
      if (guessing) {
        out.append('\t').append(se(c.seC()));
      }
      out.append('\n');
    }
  }

  private static String se(OptionalDouble value) {
    return value.isPresent() ? Cli.decimal(value.getAsDouble()) : "NA";
  }

  private static String summary(CalibrationResult result, ResponseData data) {
    StringBuilder s = new StringBuilder("key\tvalue\n");
    s.append("model\t").append(result.model().label()).append('\n');
    s.append("n\t").append(Cli.decimal(result.sampleSize())).append('\n');
    s.append("patterns\t").append(data.patternCount()).append('\n');
    s.append("loglik\t").append(Cli.decimal(result.logLikelihood())).append('\n');
    s.append("iterations\t").append(result.emCycles()).append('\n');
    s.append("newton_steps\t").append(result.newtonSteps()).append('\n');
    s.append("converged\t").append(result.converged()).append('\n');
    s.append("parameters\t").append(result.parameterCount()).append('\n');
    s.append("aic\t").append(Cli.decimal(result.aic())).append('\n');
    s.append("bic\t").append(Cli.decimal(result.bic())).append('\n');
    s.append("latent_mean\t").append(Cli.decimal(result.latentMean())).append('\n');
    s.append("latent_sd\t").append(Cli.decimal(result.latentSd())).append('\n');
    s.append('\n').append("item\tsx2\tdf\tp\n");
    for (CalibratedItem c : result.items()) {
      String id = c.item().id();
      Optional<ItemFit> fit = result.fitOf(id);
      s.append(id).append('\t');
      if (fit.isPresent()) {
        ItemFit f = fit.get();
        s.append(Cli.decimal(f.sx2()))
            .append('\t')
            .append(f.df())
            .append('\t')
            .append(Cli.decimal(f.p()));
      } else {
        s.append("NA\tNA\tNA");
      }
      s.append('\n');
    }
    return s.toString();
  }
}
