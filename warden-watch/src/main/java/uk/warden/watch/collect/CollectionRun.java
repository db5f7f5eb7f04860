package uk.warden.watch.collect;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.FutureTask;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import uk.warden.watch.Durations;

/**
 * Collects many systems at once: at most {@code parallelism} collections run together, each is
 * given up after {@code timeout}, and every system gets an outcome, so one failing or hanging
 * system never stops the rest.
 *
 * <p>A collection that overruns is interrupted and its slot freed at once. A collector that ignores
 * the interrupt (a driver blocked in a socket read, say) keeps its thread until it returns, but not
 * its slot: the run still finishes on time, and the stray thread is a daemon that ends with it.
 */
public final class CollectionRun {

  /** Collections mostly wait on remote systems, so more run at once than there are cores. */
  public static final int DEFAULT_PARALLELISM = 16;

  public static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(5);

  private final int parallelism;
  private final Duration timeout;

  public CollectionRun(int parallelism, Duration timeout) {
    if (parallelism < 1) {
      throw new IllegalArgumentException("parallelism must be at least 1");
    }
    Objects.requireNonNull(timeout, "timeout");
    if (timeout.isZero() || timeout.isNegative()) {
      throw new IllegalArgumentException("the timeout must be positive");
    }
    this.parallelism = parallelism;
    this.timeout = timeout;
  }

  public static CollectionRun standard() {
    return new CollectionRun(DEFAULT_PARALLELISM, DEFAULT_TIMEOUT);
  }

  public int parallelism() {
    return parallelism;
  }

  public Duration timeout() {
    return timeout;
  }

  /**
   * Collects every system and returns their outcomes in the order given.
   *
   * @throws InterruptedException if the calling thread is interrupted; collections under way are
   *     then cancelled
   */
  public List<CollectionOutcome> collect(List<? extends Collector> collectors)
      throws InterruptedException {
    ExecutorService threads = Executors.newCachedThreadPool(daemons("warden-collect"));
    ScheduledExecutorService watchdog =
        Executors.newSingleThreadScheduledExecutor(daemons("warden-collect-watchdog"));
    Semaphore slots = new Semaphore(parallelism);
    List<Attempt> attempts = new ArrayList<>(collectors.size());
    try {
      for (Collector collector : collectors) {
        slots.acquire();
        Attempt attempt = new Attempt(collector, slots, timeout);
        attempts.add(attempt);
        threads.execute(attempt);
        watchdog.schedule(() -> attempt.cancel(true), timeout.toNanos(), TimeUnit.NANOSECONDS);
      }
      List<CollectionOutcome> outcomes = new ArrayList<>(attempts.size());
      for (Attempt attempt : attempts) {
        outcomes.add(attempt.outcome());
      }
      return outcomes;
    } catch (InterruptedException e) {
      attempts.forEach(attempt -> attempt.cancel(true));
      throw e;
    } finally {
      threads.shutdownNow();
      watchdog.shutdownNow();
    }
  }

  /** One system's collection; it frees its slot the moment it ends, however it ends. */
  private static final class Attempt extends FutureTask<SystemVolume> {

    private final String system;
    private final Semaphore slots;
    private final Duration timeout;
    private final long started = System.nanoTime();
    private final CountDownLatch finished = new CountDownLatch(1);
    private volatile @Nullable CollectionOutcome outcome;

    Attempt(Collector collector, Semaphore slots, Duration timeout) {
      super(collector::collect);
      this.system = collector.system();
      this.slots = slots;
      this.timeout = timeout;
    }

    CollectionOutcome outcome() throws InterruptedException {
      finished.await();
      return Objects.requireNonNull(outcome);
    }

    @Override
    protected void done() {
      Duration took = Duration.ofNanos(System.nanoTime() - started);
      outcome =
          isCancelled()
              ? CollectionOutcome.failed(
                  system, system + ": gave no answer within " + Durations.format(timeout), took)
              : result(took);
      slots.release();
      finished.countDown();
    }

    private CollectionOutcome result(Duration took) {
      try {
        SystemVolume volume = get();
        if (!volume.system().equals(system)) {
          return CollectionOutcome.failed(
              system, system + ": the collector counted another system", took);
        }
        return CollectionOutcome.collected(volume, took);
      } catch (ExecutionException e) {
        Throwable cause = e.getCause();
        if (cause instanceof CollectionException collection) {
          return CollectionOutcome.failed(system, String.valueOf(collection.getMessage()), took);
        }
        // A collector's own bug: name its type so it can be found, and keep the run going.
        return CollectionOutcome.failed(
            system, system + ": the collector failed unexpectedly (" + describe(cause) + ")", took);
      } catch (InterruptedException e) {
        // Not reached: done() runs after the result is set, so get() does not wait.
        Thread.currentThread().interrupt();
        return CollectionOutcome.failed(system, system + ": interrupted", took);
      }
    }
  }

  private static String describe(@Nullable Throwable cause) {
    if (cause == null) {
      return "no cause given";
    }
    String message = cause.getMessage();
    return cause.getClass().getSimpleName() + (message == null ? "" : ": " + message);
  }

  private static ThreadFactory daemons(String name) {
    AtomicInteger count = new AtomicInteger();
    return work -> {
      Thread thread = new Thread(work, name + "-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }
}
