package uk.warden.core.custody;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static uk.warden.core.custody.CustodyFixtures.day;
import static uk.warden.core.custody.CustodyFixtures.deleteAll;
import static uk.warden.core.custody.CustodyFixtures.deletePeople;
import static uk.warden.core.custody.CustodyFixtures.deleteTransfer;
import static uk.warden.core.custody.CustodyFixtures.transfer;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.warden.core.register.Agreement;
import uk.warden.core.register.Regime;

class CustodyLedgerTest {

  private static final Set<String> NAME_PHOTO = Set.of("user.name", "user.biometric.photo");
  private static final Set<String> NAME = Set.of("user.name");

  private final CustodyLedger ledger = new CustodyLedger(RetentionRules.none());

  @Test
  void holdsPeopleFromTheTransferOnwards() {
    ledger.add(transfer(1, "cardco", 10, NAME, 1, 2, 3));

    assertThat(ledger.holdings("cardco", day(9)).held().isEmpty()).isTrue();
    assertThat(ledger.holdings("cardco", day(10)).held().toArray()).containsExactly(1, 2, 3);
    assertThat(ledger.holdings("cardco", day(400)).held().size()).isEqualTo(3);
  }

  @Test
  void answersPerCategory() {
    ledger.add(transfer(1, "cardco", 1, NAME_PHOTO, 1, 2));
    ledger.add(transfer(2, "cardco", 2, NAME, 3));

    Holdings holdings = ledger.holdings("cardco", day(5));

    assertThat(holdings.category("user.name").toArray()).containsExactly(1, 2, 3);
    assertThat(holdings.category("user.biometric.photo").toArray()).containsExactly(1, 2);
    assertThat(holdings.category("user.contact.address").isEmpty()).isTrue();
  }

  @Test
  void deletionOfOneTransferKeepsPeopleFromOthers() {
    ledger.add(transfer(1, "cardco", 1, NAME, 1, 2, 3));
    ledger.add(transfer(2, "cardco", 2, NAME, 3, 4));
    ledger.add(deleteTransfer(10, "cardco", 5, 1));

    assertThat(ledger.holdings("cardco", day(4)).held().toArray()).containsExactly(1, 2, 3, 4);
    assertThat(ledger.holdings("cardco", day(5)).held().toArray()).containsExactly(3, 4);
  }

  @Test
  void deletionOfAllEndsWhatWasReceivedBeforeItButNotLaterTransfers() {
    ledger.add(transfer(1, "cardco", 1, NAME, 1, 2));
    ledger.add(deleteAll(10, "cardco", 5));
    ledger.add(transfer(2, "cardco", 6, NAME, 2, 7));

    assertThat(ledger.holdings("cardco", day(5)).held().isEmpty()).isTrue();
    assertThat(ledger.holdings("cardco", day(6)).held().toArray()).containsExactly(2, 7);
  }

  @Test
  void deletionOfPeopleRemovesThemFromEveryEarlierTransfer() {
    ledger.add(transfer(1, "cardco", 1, NAME, 1, 2));
    ledger.add(transfer(2, "cardco", 2, NAME, 2, 3));
    ledger.add(deletePeople(10, "cardco", 3, 2));

    assertThat(ledger.holdings("cardco", day(3)).held().toArray()).containsExactly(1, 3);
  }

  @Test
  void deletionAtOnePartyLeavesAnotherPartysCopy() {
    ledger.add(transfer(1, "cardco", 1, NAME, 1, 2));
    ledger.add(transfer(2, "printco", 1, NAME, 1, 2));
    ledger.add(deleteAll(10, "cardco", 3));

    assertThat(ledger.holdings("cardco", day(4)).held().isEmpty()).isTrue();
    assertThat(ledger.holdings("printco", day(4)).held().size()).isEqualTo(2);
  }

  @Test
  void dataPastRetentionWithoutDeletionIsStillHeldButOverdue() {
    CustodyLedger withRetention =
        new CustodyLedger(RetentionRules.of(Map.of("cardco-dsa", day(30))));
    withRetention.add(transfer(1, "cardco", 1, null, "cardco-dsa", NAME, PersonSet.of(1, 2)));
    withRetention.add(transfer(2, "cardco", 2, null, null, NAME, PersonSet.of(2, 3)));

    Holdings before = withRetention.holdings("cardco", day(29));
    Holdings after = withRetention.holdings("cardco", day(30));

    assertThat(before.overdue().isEmpty()).isTrue();
    assertThat(after.held().toArray()).containsExactly(1, 2, 3);
    assertThat(after.overdue().toArray())
        .as("2 is also held lawfully by transfer 2")
        .containsExactly(1);
  }

  @Test
  void deletionBeforeRetentionEndsLeavesNothingOverdue() {
    CustodyLedger withRetention =
        new CustodyLedger(RetentionRules.of(Map.of("cardco-dsa", day(30))));
    withRetention.add(transfer(1, "cardco", 1, null, "cardco-dsa", NAME, PersonSet.of(1, 2)));
    withRetention.add(deleteAll(10, "cardco", 29));

    Holdings after = withRetention.holdings("cardco", day(31));

    assertThat(after.held().isEmpty()).isTrue();
    assertThat(after.overdue().isEmpty()).isTrue();
  }

  @Test
  void retentionLapsesAtTheEndOfTheAgreementsLastDay() {
    ZoneId london = ZoneId.of("Europe/London");
    Agreement agreement =
        new Agreement(
            "cardco-dsa",
            "cardco",
            "Card printing",
            "warrant cards",
            "contract",
            Regime.UK_GDPR,
            NAME,
            LocalDate.of(2022, 1, 1),
            LocalDate.of(2023, 6, 30),
            1,
            null);

    RetentionRules rules = RetentionRules.fromAgreements(List.of(agreement), london);

    assertThat(rules.lapseOf("cardco-dsa"))
        .as("kept through 30 July, a month after the end; lapses at midnight BST")
        .isEqualTo(Instant.parse("2023-07-30T23:00:00Z"));
    assertThat(rules.lapseOf("other")).isNull();
    assertThat(rules.lapseOf(null)).isNull();
  }

  @Test
  void deletionsArrivingOutOfOrderGiveTheSameHoldings() {
    List<Transfer> transfers =
        List.of(transfer(1, "cardco", 1, NAME, 1, 2, 3), transfer(2, "cardco", 4, NAME, 3, 4));
    List<Deletion> deletions =
        List.of(deletePeople(10, "cardco", 6, 3), deleteTransfer(11, "cardco", 3, 1));
    CustodyLedger inOrder = CustodyLedger.of(RetentionRules.none(), transfers, deletions);
    CustodyLedger backwards = new CustodyLedger(RetentionRules.none());
    backwards.add(transfers.get(1));
    backwards.add(transfers.get(0));
    backwards.add(deletions.get(0));
    backwards.add(deletions.get(1));

    for (int day = 0; day < 8; day++) {
      assertThat(backwards.holdings("cardco", day(day)))
          .as("day %d", day)
          .isEqualTo(inOrder.holdings("cardco", day(day)));
    }
    assertThat(inOrder.holdings("cardco", day(7)).held().toArray()).containsExactly(4);
  }

  @Test
  void refusesADeletionOfATransferThePartyNeverReceived() {
    ledger.add(transfer(1, "printco", 1, NAME, 1));

    assertThatThrownBy(() -> ledger.add(deleteTransfer(10, "cardco", 3, 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("deletion 10 names transfer 1, which cardco never received");
    assertThatThrownBy(() -> ledger.add(deleteTransfer(11, "cardco", 3, 99)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void refusesADeletionDatedBeforeTheTransferItAttests() {
    ledger.add(transfer(1, "cardco", 5, NAME, 1));

    assertThatThrownBy(() -> ledger.add(deleteTransfer(10, "cardco", 4, 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("deletion 10 predates transfer 1 it attests");
  }

  @Test
  void refusesTheSameEventTwice() {
    ledger.add(transfer(1, "cardco", 5, NAME, 1));
    ledger.add(deleteAll(10, "cardco", 6));

    assertThatThrownBy(() -> ledger.add(transfer(1, "printco", 5, NAME, 2)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ledger.add(deleteAll(10, "cardco", 7)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(ledger.transferCount()).isEqualTo(1);
    assertThat(ledger.transfer(1)).map(Transfer::toParty).contains("cardco");
  }

  @Test
  void heldThroughoutAcrossRefreshesThatReplaceTheLastFile() {
    // A monthly feed: each file replaces the one before, which is deleted a day after.
    ledger.add(transfer(1, "payco", 0, NAME, 1, 2, 3));
    ledger.add(transfer(2, "payco", 30, NAME, 1, 2));
    ledger.add(deleteTransfer(10, "payco", 31, 1));
    ledger.add(transfer(3, "payco", 60, NAME, 1));
    ledger.add(deleteTransfer(11, "payco", 61, 2));

    WindowCustody window = ledger.scope(CustodyScope.party("payco")).during(day(10), day(70));

    assertThat(window.exposed().toArray()).containsExactly(1, 2, 3);
    assertThat(window.certain().toArray()).containsExactly(1);
    assertThat(window.possible().toArray()).containsExactly(2, 3);
  }

  @Test
  void aGapInHoldingMakesAPersonOnlyPossible() {
    ledger.add(transfer(1, "payco", 0, NAME, 1));
    ledger.add(deleteAll(10, "payco", 20));
    ledger.add(transfer(2, "payco", 25, NAME, 1));

    WindowCustody window = ledger.scope(CustodyScope.party("payco")).during(day(10), day(30));

    assertThat(window.exposed().toArray()).containsExactly(1);
    assertThat(window.certain().isEmpty()).isTrue();
  }

  @Test
  void scopeKeepsTransfersToAnUnrecordedSystemAndOnlyTheCategoriesAsked() {
    ledger.add(transfer(1, "cardco", 1, "print-spool", null, NAME_PHOTO, PersonSet.of(1)));
    ledger.add(transfer(2, "cardco", 1, "crm", null, NAME_PHOTO, PersonSet.of(2)));
    ledger.add(transfer(3, "cardco", 1, null, null, NAME_PHOTO, PersonSet.of(3)));
    ledger.add(transfer(4, "cardco", 1, null, null, NAME, PersonSet.of(4)));
    CustodyScope scope =
        new CustodyScope(Set.of("cardco"), Set.of("print-spool"), Set.of("user.biometric.photo"));

    WindowCustody window = ledger.scope(scope).during(day(2), day(2));

    assertThat(window.exposed().toArray()).containsExactly(1, 3);
    assertThat(window.byCategory()).containsOnlyKeys("user.biometric.photo");
  }

  @Test
  void monthlySeriesCountsHeldAndOverdue() {
    CustodyLedger withRetention =
        new CustodyLedger(RetentionRules.of(Map.of("dsa", Instant.parse("2023-03-15T00:00:00Z"))));
    withRetention.add(transfer(1, "cardco", 0, null, "dsa", NAME, PersonSet.of(1, 2)));
    withRetention.add(transfer(2, "cardco", 40, null, null, NAME, PersonSet.of(3)));
    withRetention.add(deletePeople(10, "cardco", 100, 2));

    List<HoldingsPoint> series =
        withRetention.monthly(
            "cardco", YearMonth.of(2023, 1), YearMonth.of(2023, 5), ZoneOffset.UTC);

    assertThat(series)
        .extracting(HoldingsPoint::held, HoldingsPoint::overdue)
        .containsExactly(tuple(2, 0), tuple(2, 0), tuple(3, 0), tuple(3, 2), tuple(2, 1));
  }

  @Test
  void printsNoApproverAndNoPeople() {
    Transfer transfer =
        new Transfer(
            7,
            day(1),
            null,
            "cardco",
            null,
            null,
            NAME,
            PersonSet.of(1, 2),
            TransferMethod.PRINT_BUREAU,
            "AB".repeat(32),
            "Jane Approver");

    assertThat(transfer.toString()).doesNotContain("Jane").contains("people=2");
    assertThat(transfer.sha256()).isEqualTo("ab".repeat(32));
  }
}
