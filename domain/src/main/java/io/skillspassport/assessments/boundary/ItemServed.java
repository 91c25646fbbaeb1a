package io.skillspassport.assessments.boundary;

/**
 * An adaptive test presented one more item of family {@code familyCode} to a candidate: fired once
 * per item chosen (the first at the start, then one per answer that continues the test), never for
 * a reload or a resumed attempt. Observers count it (the portal's {@code assessment_items_served}
 * metric) after the transaction that stored the item commits.
 */
public record ItemServed(String familyCode) {}
