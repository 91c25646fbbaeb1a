package io.skillspassport.sharing.boundary;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * How often one employer organisation looked at the caller's passport on one day. Only the
 * organisation's name is shown: which of its people looked, and under which of its internal bundle
 * names, is the organisation's business (both stay in the audit log).
 *
 * @param organisationName the employer organisation
 * @param day the calendar day, UTC
 * @param views how many times its people opened the passport that day (each comparison page,
 *     side-by-side view or export that showed it counts once)
 */
public record ViewingDay(String organisationName, LocalDate day, long views)
    implements Serializable {}
