package uk.warden.core.breach;

/** What an item of impact evidence points at. */
public enum EvidenceKind {
  /** An assumption about an unknown end of the window. */
  ASSUMPTION,
  /** A transfer that the worst case counts and the best case does not. */
  TRANSFER,
  /** A deletion that ends data before the best case starts. */
  DELETION,
  /** An agreement whose retention ran out with no deletion attested. */
  RETENTION
}
