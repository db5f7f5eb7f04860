package uk.warden.app.attack;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Counts the cases an attack test class tried, so the suite says how many: each class prints its
 * count when it ends, and the running total over the attack classes run so far.
 */
final class AttackTally {

  private static final AtomicInteger TOTAL = new AtomicInteger();

  private final String attack;
  private final AtomicInteger tried = new AtomicInteger();

  AttackTally(String attack) {
    this.attack = attack;
  }

  void tried() {
    tried.incrementAndGet();
    TOTAL.incrementAndGet();
  }

  void report() {
    System.out.println(
        tried.get()
            + " attack cases tried: "
            + attack
            + " ("
            + TOTAL.get()
            + " attack cases so far)");
  }
}
