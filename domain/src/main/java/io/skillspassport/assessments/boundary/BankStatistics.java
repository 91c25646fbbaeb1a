package io.skillspassport.assessments.boundary;

import java.io.Serializable;
import java.util.List;

/**
 * Item statistics of a family's active bank.
 *
 * @param activeVersion the content version new attempts use
 * @param finishedAttempts ended attempts of every content version (the base of the exposure rate)
 * @param minResponses the responses an item needs before a calibration estimates it
 * @param items the active items, bank order
 */
public record BankStatistics(
    String familyCode,
    String familyName,
    int activeVersion,
    int finishedAttempts,
    int minResponses,
    List<ItemStatistic> items)
    implements Serializable {

  public BankStatistics {
    items = List.copyOf(items);
  }
}
