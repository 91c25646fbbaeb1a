/**
 * The command-line tool ({@code java -jar scoring-cli.jar}): {@code theta}, {@code table}, {@code
 * equate} and {@code calibrate} over tab-separated files. The only package of the module that does
 * I/O.
 */
package io.skillspassport.scoring.cli;
