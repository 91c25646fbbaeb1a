package io.skillspassport.bundles.boundary;

import java.io.Serializable;

/**
 * A family an invitation's bundle needs, and where the visitor stands in it.
 *
 * @param measured whether the signed-in candidate has a current result in it (false for a visitor
 *     who is not signed in as a candidate)
 * @param takeable whether the portal offers an assessment the candidate can take for it
 */
public record InvitedFamily(
    String code, String slug, String name, boolean measured, boolean takeable)
    implements Serializable {}
