package uk.warden.watch.collect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class CollectionRunTests {

  private static final Instant NOW = Instant.parse("2023-07-14T02:00:00Z");

  @Test
  void everySystemGetsAnOutcomeInTheOrderGivenAndOneFailureStopsNothing() throws Exception {
    List<Collector> collectors = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      String code = "system-" + i;
      collectors.add(
          i == 7
              ? failing(code, new CollectionException(code, "the folder /srv/x does not exist"))
              : i == 9 ? failing(code, new IllegalStateException("a bug")) : counting(code, i));
    }

    List<CollectionOutcome> outcomes =
        new CollectionRun(4, Duration.ofSeconds(10)).collect(collectors);

    assertThat(outcomes).hasSize(40);
    assertThat(outcomes)
        .extracting(CollectionOutcome::system)
        .containsExactlyElementsOf(collectors.stream().map(Collector::system).toList());
    assertThat(outcomes.get(7).collected()).isFalse();
    assertThat(outcomes.get(7).failure()).isEqualTo("system-7: the folder /srv/x does not exist");
    assertThat(outcomes.get(9).failure())
        .isEqualTo("system-9: the collector failed unexpectedly (IllegalStateException: a bug)");
    assertThat(outcomes.stream().filter(CollectionOutcome::collected)).hasSize(38);
    assertThat(outcomes.get(12).volume().objects()).isEqualTo(12);
  }

  @Test
  void runsNoMoreThanTheParallelismAtOnce() throws Exception {
    AtomicInteger running = new AtomicInteger();
    AtomicInteger most = new AtomicInteger();
    List<Collector> collectors = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      String code = "system-" + i;
      collectors.add(
          collector(
              code,
              () -> {
                most.accumulateAndGet(running.incrementAndGet(), Math::max);
                Thread.sleep(20);
                running.decrementAndGet();
                return volume(code, 1);
              }));
    }

    List<CollectionOutcome> outcomes =
        new CollectionRun(3, Duration.ofSeconds(10)).collect(collectors);

    assertThat(outcomes).allMatch(CollectionOutcome::collected);
    assertThat(most.get()).isEqualTo(3);
  }

  @Test
  void aSystemThatHangsIsGivenUpAfterItsTimeoutAndTheRestStillCollect() throws Exception {
    CountDownLatch never = new CountDownLatch(1);
    List<Collector> collectors = new ArrayList<>();
    // Two hangs, one that ignores interruption, with only two slots: the run must still finish.
    collectors.add(
        collector(
            "hangs",
            () -> {
              never.await();
              return volume("hangs", 0);
            }));
    collectors.add(
        collector(
            "deaf",
            () -> {
              // Ignores interruption, as a driver stuck in a socket read does.
              long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
              while (System.nanoTime() < until) {
                try {
                  Thread.sleep(50);
                } catch (InterruptedException ignored) {
                  // carries on regardless
                }
              }
              return volume("deaf", 0);
            }));
    for (int i = 0; i < 6; i++) {
      collectors.add(counting("quick-" + i, i));
    }
    long start = System.nanoTime();

    List<CollectionOutcome> outcomes =
        new CollectionRun(2, Duration.ofMillis(300)).collect(collectors);

    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
    assertThat(outcomes.get(0).failure()).isEqualTo("hangs: gave no answer within 300ms");
    assertThat(outcomes.get(1).failure()).isEqualTo("deaf: gave no answer within 300ms");
    assertThat(outcomes.subList(2, 8)).allMatch(CollectionOutcome::collected);
    assertThat(outcomes.get(0).took()).isGreaterThanOrEqualTo(Duration.ofMillis(300));
  }

  @Test
  void aVolumeForAnotherSystemIsAFailure() throws Exception {
    List<CollectionOutcome> outcomes =
        CollectionRun.standard().collect(List.of(collector("a", () -> volume("b", 1))));

    assertThat(outcomes.get(0).failure()).isEqualTo("a: the collector counted another system");
  }

  @Test
  void refusesNoParallelismOrNoTime() {
    assertThatThrownBy(() -> new CollectionRun(0, Duration.ofSeconds(1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new CollectionRun(1, Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
  }

  interface Work {
    SystemVolume run() throws Exception;
  }

  private static Collector collector(String code, Work work) {
    return new Collector() {
      @Override
      public String system() {
        return code;
      }

      @Override
      public SystemVolume collect() throws CollectionException {
        try {
          return work.run();
        } catch (CollectionException | RuntimeException e) {
          throw e;
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new CollectionException(code, "interrupted");
        } catch (Exception e) {
          throw new CollectionException(code, "failed", e);
        }
      }
    };
  }

  private static Collector counting(String code, long objects) {
    return collector(code, () -> volume(code, objects));
  }

  private static Collector failing(String code, Exception failure) {
    return collector(
        code,
        () -> {
          throw failure;
        });
  }

  private static SystemVolume volume(String code, long objects) {
    return new SystemVolume(code, NOW, objects, objects * 10, Map.of(), null);
  }
}
