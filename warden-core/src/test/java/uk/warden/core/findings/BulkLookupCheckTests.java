package uk.warden.core.findings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import uk.warden.core.access.Principal;
import uk.warden.core.register.Marking;

class BulkLookupCheckTests {

  /** Forty people reading 5 to 60 records on most days of the last quarter. */
  private static Fixture peers(long seed) {
    Fixture world =
        new Fixture().system("intel", null, Marking.OFFICIAL_SENSITIVE, 1000, "user.name");
    SplittableRandom random = new SplittableRandom(seed);
    for (int p = 0; p < 40; p++) {
      world.user("u" + p, null);
      for (int day = 0; day < 90; day++) {
        if (random.nextInt(10) < 7) {
          world.read("u" + p, "intel", day, 5 + random.nextInt(56));
        }
      }
    }
    return world;
  }

  @Test
  void staysQuietAmongOrdinaryPeers() {
    for (long seed = 1; seed <= 20; seed++) {
      assertThat(peers(seed).findings("bulk-lookup")).as("seed %d", seed).isEmpty();
    }
  }

  @Test
  void flagsADayFarAboveThePeersAndExplainsTheStatistic() {
    Fixture world =
        peers(1).user("x", null).read("x", "intel", 12, 3000).read("x", "intel", 40, 900);

    List<Finding> findings = world.findings("bulk-lookup");

    assertThat(findings)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.key()).isEqualTo("bulk-lookup/principal/x/intel");
              assertThat(f.fact("peakDay")).isEqualTo(Fixture.TODAY.minusDays(12).toString());
              assertThat(f.fact("peakRecords")).isEqualTo("3,000");
              assertThat(f.fact("flaggedDays")).isEqualTo("2");
              assertThat(f.fact("flaggedRecords")).isEqualTo("3,900");
              assertThat(f.fact("peers")).isEqualTo("41");
              assertThat(Double.parseDouble(f.fact("peerMedian"))).isBetween(25.0, 40.0);
              assertThat(Double.parseDouble(f.fact("robustZ").replace(",", ""))).isGreaterThan(50);
              assertThat(f.fact("statistic")).contains("1.4826 x MAD");
              assertThat(f.summary())
                  .startsWith("x read 3,000 records from intel system on ")
                  .endsWith("and on 1 more day like it.");
            });
  }

  @Test
  void leavesOutServiceAccountsOldDaysAndLonelySystems() {
    Fixture world =
        peers(2)
            .principal(Principal.serviceAccount("svc-feed"))
            .read("svc-feed", "intel", 1, 40_000)
            .read("u3", "intel", 200, 5_000)
            .system("quiet", null, Marking.OFFICIAL, 10, "user.name")
            .read("u1", "quiet", 1, 2)
            .read("u2", "quiet", 1, 3)
            .read("u3", "quiet", 1, 5_000);

    assertThat(world.findings("bulk-lookup")).isEmpty();
  }

  @Test
  void doesNotFlagHeavyDaysOnASystemWhereHeavyDaysAreNormal() {
    Fixture world = new Fixture().system("bulk", null, Marking.OFFICIAL, 1, "user.name");
    SplittableRandom random = new SplittableRandom(9);
    for (int p = 0; p < 20; p++) {
      world.user("u" + p, null);
      for (int day = 0; day < 60; day++) {
        world.read("u" + p, "bulk", day, 1500 + random.nextInt(1500));
      }
    }
    world.read("u0", "bulk", 70, 6000);

    assertThat(world.findings("bulk-lookup")).isEmpty();
  }

  @Test
  void countsPrincipalsTheDirectoryDoesNotKnowAsPeople() {
    Fixture world = peers(3).read("ghost", "intel", 1, 4000);

    assertThat(world.findings("bulk-lookup"))
        .singleElement()
        .satisfies(f -> assertThat(f.fact("principalKind")).isEqualTo("not in the directory"));
  }

  @Test
  void spreadIsRobustToTheOutliersItLooksFor() {
    long[] values = {1, 2, 3, 4, 100};
    PeerSpread spread = PeerSpread.of(values, 5);

    assertThat(spread.median()).isEqualTo(3);
    assertThat(spread.mad()).isEqualTo(1);
    assertThat(spread.robustZ(100))
        .isCloseTo(97 / 1.4826, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(PeerSpread.of(new long[] {4, 4, 4, 4}, 4).scale()).isEqualTo(1.0);
    assertThat(PeerSpread.of(new long[] {1, 2, 3, 10}, 4).median()).isEqualTo(2.5);
    assertThat(PeerSpread.of(new long[] {1, 2, 3, 10}, 4).mad()).isEqualTo(1.0);
  }
}
