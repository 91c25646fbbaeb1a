package io.skillspassport.scoring.cli;

/**
 * Entry point of {@code scoring-cli.jar}; see {@link Cli} for the commands and the output contract.
 */
public final class Main {

  private Main() {}

  /**
   * Runs the tool and exits with its status (0 success, 2 bad input or usage, 1 internal error).
   *
   * @param args command and options
   */
  public static void main(String[] args) {
    int status = Cli.run(args, System.out, System.err);
    System.out.flush();
    if (status != 0) {
      System.exit(status);
    }
  }
}
