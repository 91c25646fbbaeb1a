package io.skillspassport.scoring.cli;

/** One sub-command of the tool: reads its options and files, appends its table to {@code out}. */
@FunctionalInterface
interface Command {

  void run(Options options, StringBuilder out) throws InputException;
}
