package io.skillspassport.imports.boundary;

import java.util.List;

/**
 * What the candidate's engines section shows: their engine code and the results waiting for their
 * decision.
 *
 * @param engineCode the code a candidate gives an engine ({@link ImportedResults#engineCode()})
 * @param pending results waiting for a decision, newest first ({@link ImportedResults#pending()})
 */
public record CandidateImports(String engineCode, List<PendingImport> pending) {

  public CandidateImports {
    pending = List.copyOf(pending);
  }
}
