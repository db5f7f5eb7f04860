package uk.warden.core.trace;

/** What a trace concluded. */
public enum TraceVerdict {
  /** One extract fits far better than any other and than chance: the top match. */
  TRACED,
  /** The leak fits past extracts, but several fit about as well: the matches are candidates. */
  AMBIGUOUS,
  /** Nothing fits better than a file of people from elsewhere would. */
  UNKNOWN
}
