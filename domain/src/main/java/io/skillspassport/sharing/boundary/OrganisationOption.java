package io.skillspassport.sharing.boundary;

import java.io.Serializable;

/**
 * An employer organisation a candidate can share with.
 *
 * @param slug its stable identifier
 * @param name its display name
 * @param description what it is
 */
public record OrganisationOption(String slug, String name, String description)
    implements Serializable {}
