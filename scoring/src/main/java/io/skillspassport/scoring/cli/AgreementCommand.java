package io.skillspassport.scoring.cli;

import io.skillspassport.scoring.agreement.Alpha;
import io.skillspassport.scoring.agreement.IntraclassCorrelations;
import io.skillspassport.scoring.agreement.KrippendorffAlpha;
import io.skillspassport.scoring.agreement.Metric;
import io.skillspassport.scoring.agreement.Ratings;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code agreement --ratings FILE}: rater agreement of a units × raters table.
 *
 * <p>FILE: a header row (the unit column's name, then one name per rater), then one row per rated
 * unit: its name, then one rating per rater; {@code .} or {@code NA} (or an empty cell) means not
 * rated. Output: {@code statistic value} with {@code alpha_nominal alpha_ordinal alpha_interval
 * alpha_ratio} ({@code NA} when undefined: no disagreement possible, or a negative value for the
 * ratio metric), then {@code icc1 icc2 icc3 icc1k icc2k icc3k} only when every rater rated every
 * unit. Bad input — a rating that is not a number, fewer than two rater columns, a unit listed
 * twice, no unit with two ratings — is an {@link InputException} naming it.
 */
final class AgreementCommand implements Command {

  @Override
  public void run(Options options, StringBuilder out) throws InputException {
    options.expect("ratings");
    TsvFile file = TsvFile.read(options.get("ratings"));
    String[] header = file.header();
    int raters = header.length - 1;
    if (raters < 2) {
      throw InputException.at(
          file.name(),
          file.headerLine(),
          "needs a unit column and at least two rater columns but the header has "
              + header.length
              + " column(s)");
    }
    Set<String> units = new HashSet<>();
    List<double[]> rows = new ArrayList<>();
    for (TsvFile.Row row : file.rows()) {
      if (row.cells().length != header.length) {
        throw file.error(
            row,
            "expected "
                + header.length
                + " columns (unit and raters) but found "
                + row.cells().length);
      }
      String unit = file.cell(row, 0, "unit");
      if (!units.add(unit)) {
        throw file.error(row, "unit '" + unit + "' is listed twice");
      }
      double[] ratings = new double[raters];
      for (int r = 0; r < raters; r++) {
        String cell = row.cells()[r + 1];
        ratings[r] =
            cell.isEmpty() || cell.equals(".") || cell.equalsIgnoreCase("NA")
                ? Double.NaN
                : file.decimal(row, r + 1, "rating of '" + header[r + 1] + "'");
      }
      rows.add(ratings);
    }
    if (rows.isEmpty()) {
      throw new InputException(file.name() + ": no unit rows");
    }
    Ratings ratings = Ratings.of(rows.toArray(double[][]::new));
    if (ratings.pairableUnits() == 0) {
      throw new InputException(
          file.name() + ": no unit has two ratings, so agreement cannot be computed");
    }
    out.append("statistic\tvalue\n");
    for (Metric metric : Metric.values()) {
      Alpha alpha = KrippendorffAlpha.of(ratings, metric);
      row(out, "alpha_" + metric.name().toLowerCase(Locale.ROOT), alpha.value());
    }
    if (ratings.isComplete() && ratings.units() >= 2) {
      IntraclassCorrelations icc = IntraclassCorrelations.of(ratings);
      row(out, "icc1", icc.icc1());
      row(out, "icc2", icc.icc2());
      row(out, "icc3", icc.icc3());
      row(out, "icc1k", icc.icc1k());
      row(out, "icc2k", icc.icc2k());
      row(out, "icc3k", icc.icc3k());
    }
  }

  private static void row(StringBuilder out, String statistic, double value) {
    out.append(statistic).append('\t').append(Cli.decimal(value)).append('\n');
  }
}
