package uk.warden.core.audit;

import org.jspecify.annotations.Nullable;

/**
 * What a verification found.
 *
 * @param checked entries that verified before the first break, or all of them
 * @param head the last verified entry's position and hash
 * @param firstBreak the first break, or null when the whole chain holds
 */
public record ChainReport(long checked, ChainHead head, @Nullable ChainBreak firstBreak) {

  public boolean intact() {
    return firstBreak == null;
  }
}
