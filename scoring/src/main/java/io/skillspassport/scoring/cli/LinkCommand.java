package io.skillspassport.scoring.cli;

import io.skillspassport.scoring.linking.CommonItems;
import io.skillspassport.scoring.linking.Linking;
import io.skillspassport.scoring.linking.LinkingConstants;
import io.skillspassport.scoring.linking.LinkingMethod;
import java.util.Map;
import java.util.Set;

/**
 * {@code link --method mean-mean|mean-sigma|haebara|stocking-lord --from NEW.tsv --to BASE.tsv}:
 * the constants of {@code θ_base = A·θ_new + B} from the items with the same id in both files;
 * stdout {@code method A B} (header, one row). Fewer than two common items, or a common item with
 * different categories in the two files, exits 2 naming them.
 */
final class LinkCommand implements Command {

  private static final Map<String, LinkingMethod> METHODS =
      Map.of(
          "mean-mean", LinkingMethod.MEAN_MEAN,
          "mean-sigma", LinkingMethod.MEAN_SIGMA,
          "haebara", LinkingMethod.HAEBARA,
          "stocking-lord", LinkingMethod.STOCKING_LORD);

  @Override
  public void run(Options options, StringBuilder out) throws InputException {
    options.expect(Set.of("method", "from", "to"), Set.of(), 0);
    String name = options.get("method");
    LinkingMethod method = METHODS.get(name);
    if (method == null) {
      throw new InputException(
          "unknown method '"
              + name
              + "'; expected mean-mean, mean-sigma, haebara or stocking-lord");
    }
    String from = options.get("from");
    String to = options.get("to");
    LinkingConstants constants;
    try {
      CommonItems common = CommonItems.of(ItemsFile.read(from).items(), ItemsFile.read(to).items());
      constants = Linking.link(method, common);
    } catch (IllegalArgumentException e) {
      throw new InputException(from + " -> " + to + ": " + e.getMessage());
    }
    out.append("method\tA\tB\n")
        .append(name)
        .append('\t')
        .append(Cli.decimal(constants.a()))
        .append('\t')
        .append(Cli.decimal(constants.b()))
        .append('\n');
  }
}
