package uk.warden.app.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.StringJoiner;
import org.junit.jupiter.api.Test;
import uk.warden.app.testing.Holder;

/** The README's table of roles is the matrix in {@link Action}, so it cannot go stale. */
class RolesReadmeTests {

  private static final Path README = Path.of("..", "README.md");
  private static final String START =
      "<!-- role matrix: generated from Action; RolesReadmeTests -->";
  private static final String END = "<!-- end of role matrix -->";

  @Test
  void theReadmeShowsTheMatrixOfTheCode() throws IOException {
    String readme = Files.readString(README);
    assertThat(readme).contains(START).contains(END);
    String shown = readme.substring(readme.indexOf(START) + START.length(), readme.indexOf(END));

    assertThat(shown.strip())
        .as("README role table; paste this between the markers:%n%s", table())
        .isEqualTo(table());
  }

  static String table() {
    StringJoiner rows = new StringJoiner("\n");
    StringJoiner header = new StringJoiner(" | ", "| Action | ", " |");
    StringJoiner rule = new StringJoiner("|", "|---|", "|");
    for (Holder holder : Holder.ALL) {
      header.add(holder.seesNames() ? holder.role() + " with names grant" : holder.role().name());
      rule.add(":-:");
    }
    rows.add(header.toString()).add(rule.toString());
    for (Action action : Action.values()) {
      StringJoiner row = new StringJoiner(" | ", "| " + action.description() + " | ", " |");
      Holder.ALL.forEach(h -> row.add(h.may(action) ? "yes" : "no"));
      rows.add(row.toString());
    }
    return rows.toString();
  }
}
