package io.skillspassport.scoring.cli;

import io.skillspassport.scoring.irt.Form;
import io.skillspassport.scoring.irt.GradedResponseItem;
import io.skillspassport.scoring.irt.Item;
import io.skillspassport.scoring.irt.ThreePlItem;
import io.skillspassport.scoring.irt.TwoPlItem;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * An items file: header {@code item a b1 [b2 …] [c] [se_a se_b1 … se_c]}; one b makes a 2PL item
 * (responses 0/1), several ordered b's a graded response item (responses 1..K+1); unused trailing b
 * cells may be empty or {@code NA}. The optional {@code c} column (named, after the b's) is the
 * lower asymptote of a one-b item: a value in (0, 1) makes it a 3PL item, {@code 0}, empty or
 * {@code NA} a 2PL item; a non-zero c on a graded item is an error. Columns whose names start with
 * {@code se_} (the standard errors written by {@code calibrate}) are read past, so a calibration's
 * output is a valid items file. Every command that reads items reads them here, so the format has
 * one home.
 */
final class ItemsFile {

  private ItemsFile() {}

  static Form read(String path) throws InputException {
    TsvFile file = TsvFile.read(path);
    String[] header = file.header();
    if (header.length < 3 || !header[0].equals("item") || !header[1].equals("a")) {
      throw InputException.at(
          file.name(),
          file.headerLine(),
          "header '" + String.join("\\t", header) + "' should be 'item\\ta\\tb1[\\tb2...][\\tc]'");
    }
    int bCount = 0;
    while (2 + bCount < header.length && header[2 + bCount].equals("b" + (bCount + 1))) {
      bCount++;
    }
    int cColumn = -1;
    int next = 2 + bCount;
    if (next < header.length && header[next].equals("c")) {
      cColumn = next++;
    }
    for (int c = next; c < header.length; c++) {
      if (!header[c].startsWith("se_")) {
        throw InputException.at(
            file.name(),
            file.headerLine(),
            "header column "
                + (c + 1)
                + " is '"
                + header[c]
                + "' but should be "
                + (cColumn < 0 && c == 2 + bCount ? "'b" + (bCount + 1) + "', 'c' or " : "")
                + "a standard-error column 'se_...'");
      }
    }
    if (bCount == 0) {
      throw InputException.at(
          file.name(), file.headerLine(), "header has no 'b1' column after 'item\\ta'");
    }
    List<Item> items = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (TsvFile.Row row : file.rows()) {
      String[] all = row.cells();
      if (all.length > header.length) {
        throw file.error(row, "has " + all.length + " columns but the header has " + header.length);
      }
      String[] cells = Arrays.copyOf(all, Math.min(all.length, 2 + bCount));
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
      double guessing = 0;
      if (cColumn >= 0 && cColumn < all.length && !isEmpty(all[cColumn])) {
        guessing = file.decimal(row, cColumn, "c of item '" + id + "'");
        if (count > 1 && guessing != 0) {
          throw file.error(
              row, "graded item '" + id + "' has c " + all[cColumn] + "; only one-b items take c");
        }
      }
      try {
        if (count > 1) {
          items.add(GradedResponseItem.of(id, a, b));
        } else {
          items.add(
              guessing == 0 ? TwoPlItem.of(id, a, b[0]) : ThreePlItem.of(id, a, b[0], guessing));
        }
      } catch (IllegalArgumentException e) {
        throw file.error(row, e.getMessage());
      }
    }
    if (items.isEmpty()) {
      throw new InputException(file.name() + ": no item rows");
    }
    return Form.of(items);
  }

  static boolean isEmpty(String cell) {
    return cell.isEmpty() || cell.equals("NA");
  }
}
