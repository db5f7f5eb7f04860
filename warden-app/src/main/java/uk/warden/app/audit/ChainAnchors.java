package uk.warden.app.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import uk.warden.core.audit.ChainHead;
import uk.warden.core.input.BadInputException;
import uk.warden.core.input.InputProblem;

/**
 * Heads recorded outside Warden, written {@code SEQ:HASH} as {@code warden audit verify} and {@code
 * export} print them, to check the store's chain against.
 */
public final class ChainAnchors {

  private static final Pattern ANCHOR = Pattern.compile("([1-9][0-9]{0,18}):([0-9a-f]{64})");

  private ChainAnchors() {}

  public static List<ChainHead> parse(String source, List<String> anchors) {
    List<ChainHead> heads = new ArrayList<>();
    for (String anchor : anchors) {
      var m = ANCHOR.matcher(anchor.strip());
      if (!m.matches()) {
        throw new BadInputException(
            InputProblem.field(
                source, "anchor", "not SEQ:HASH with a 64-character lower-case hex hash"));
      }
      heads.add(new ChainHead(Long.parseLong(m.group(1)), m.group(2)));
    }
    return heads;
  }

  public static String format(ChainHead head) {
    return head.seq() + ":" + head.hash();
  }
}
