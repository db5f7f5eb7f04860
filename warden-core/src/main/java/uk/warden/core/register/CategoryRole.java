package uk.warden.core.register;

/**
 * The part a category plays in the high-risk combination rule (DOMAIN.md §4.3): identity on its own
 * is low risk, and so is a photo with nobody's name, but identity joined with any {@link
 * #AGGRAVATING} category lets a hostile reader find and recognise a specific officer.
 */
public enum CategoryRole {
  IDENTITY,
  AGGRAVATING,
  OTHER
}
