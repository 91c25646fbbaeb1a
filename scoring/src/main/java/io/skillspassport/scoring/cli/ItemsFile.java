package io.skillspassport.scoring.cli;

import io.skillspassport.scoring.irt.Form;
import io.skillspassport.scoring.irt.GradedResponseItem;
import io.skillspassport.scoring.irt.Item;
import io.skillspassport.scoring.irt.TwoPlItem;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * An items file: header {@code item a b1 [b2 …]}; one b makes a 2PL item (responses 0/1), several
 * ordered b's a graded response item (responses 1..K+1); unused trailing b cells may be empty or
 * {@code NA}. Every command that reads items reads them here, so the format has one home.
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

  static boolean isEmpty(String cell) {
    return cell.isEmpty() || cell.equals("NA");
  }
}
