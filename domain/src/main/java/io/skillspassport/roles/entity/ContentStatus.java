package io.skillspassport.roles.entity;

/** Where a role version stands: a draft is editable; a published version never changes again. */
public enum ContentStatus {
  DRAFT,
  PUBLISHED
}
