package uk.warden.core.breach;

/**
 * People and records in a group. A record is one person-category pair (a person's name and their
 * photo are two records), which is how the ICO form asks for the scale of a breach.
 */
public record Count(long people, long records) {

  public static final Count ZERO = new Count(0, 0);

  public Count {
    if (people < 0 || records < 0) {
      throw new IllegalArgumentException("counts are never negative");
    }
  }
}
