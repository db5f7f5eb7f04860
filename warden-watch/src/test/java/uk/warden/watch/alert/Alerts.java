package uk.warden.watch.alert;

import java.time.Instant;

/** The alert the channel tests send: counts and codes, with a character beyond ASCII. */
final class Alerts {

  private Alerts() {}

  static Alert loss() {
    return new Alert(
        "loss-bwv-archive-2023-07-14",
        "unexplained-loss",
        "bwv-archive",
        "HIGH",
        "Unexplained loss: 96,174 files from bwv-archive",
        "bwv-archive held 1,204,331 files on 13 July and 1,108,157 on 14 July.\n"
            + "No retention, deletion or migration explains the drop – 8.0% of the system.",
        Instant.parse("2023-07-14T06:00:00.123456789Z"),
        "https://warden.force.internal/watch/bwv-archive/losses/2023-07-14");
  }
}
