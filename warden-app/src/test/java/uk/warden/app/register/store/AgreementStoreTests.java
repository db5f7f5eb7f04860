package uk.warden.app.register.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.warden.app.testing.Fixtures.agreement;
import static uk.warden.app.testing.Fixtures.fullAgreement;
import static uk.warden.app.testing.Fixtures.supplier;

import java.time.LocalDate;
import java.util.Set;
import org.springframework.dao.DataIntegrityViolationException;
import uk.warden.app.testing.StoreTest;
import uk.warden.app.testing.TestDatabase;
import uk.warden.core.register.Agreement;
import uk.warden.core.register.Regime;

class AgreementStoreTests {

  @StoreTest
  void keepsEveryFactOfAnAgreement(TestDatabase db) {
    db.parties().insert(supplier("acme"));
    AgreementStore store = db.agreements();
    Agreement full = fullAgreement("acme-vetting", "acme");

    store.insert(full);

    Agreement read = store.find("acme-vetting").orElseThrow();
    assertThat(read).isEqualTo(full);
    assertThat(read.end()).isEqualTo(LocalDate.of(2025, 12, 31));
    assertThat(read.retentionMonths()).isEqualTo(18);
    assertThat(read.regime()).isEqualTo(Regime.DPA_PART3);
    assertThat(read.permittedCategories()).hasSize(3);
  }

  @StoreTest
  void keepsAnOpenEndedAgreementWithNothingOptional(TestDatabase db) {
    db.parties().insert(supplier("acme"));
    AgreementStore store = db.agreements();
    Agreement bare =
        new Agreement(
            "bare",
            "acme",
            "Bare",
            null,
            null,
            Regime.UK_GDPR,
            Set.of(),
            LocalDate.of(2020, 1, 1),
            null,
            null,
            null);

    store.insert(bare);

    Agreement read = store.find("bare").orElseThrow();
    assertThat(read).isEqualTo(bare);
    assertThat(read.end()).isNull();
    assertThat(read.retentionMonths()).isNull();
    assertThat(read.exitTerms()).isNull();
    assertThat(read.purpose()).isEmpty();
    assertThat(read.permittedCategories()).isEmpty();
  }

  @StoreTest
  void refusesAnAgreementWithAnUnknownParty(TestDatabase db) {
    AgreementStore store = db.agreements();

    assertThatThrownBy(() -> store.insert(agreement("stray", "nobody")))
        .isInstanceOf(DataIntegrityViolationException.class);
    assertThat(store.find("stray")).isEmpty();
  }

  @StoreTest
  void updateReplacesFactsAndCategories(TestDatabase db) {
    db.parties().insert(supplier("acme"));
    db.parties().insert(supplier("newco"));
    AgreementStore store = db.agreements();
    store.insert(fullAgreement("deal", "acme"));
    Agreement novated =
        new Agreement(
            "deal",
            "newco",
            "Novated deal",
            "Same service, new supplier",
            "UK GDPR Art 6(1)(e)",
            Regime.UK_GDPR,
            Set.of("user.contact.email"),
            LocalDate.of(2026, 1, 1),
            null,
            null,
            null);

    assertThat(store.update(novated)).isTrue();
    assertThat(store.update(agreement("ghost", "acme"))).isFalse();

    assertThat(store.find("deal")).contains(novated);
    assertThat(store.find("ghost")).isEmpty();
    assertThat(db.rows("agreement_category")).isOne();
  }

  @StoreTest
  void deleteRemovesTheAgreementAndItsCategories(TestDatabase db) {
    db.parties().insert(supplier("acme"));
    AgreementStore store = db.agreements();
    store.insert(fullAgreement("old", "acme"));
    store.insert(agreement("new", "acme"));

    store.delete("old");

    assertThat(store.find("old")).isEmpty();
    assertThat(store.all()).extracting(Agreement::code).containsExactly("new");
    assertThat(db.rows("agreement_category")).isOne();
  }

  @StoreTest
  void listsAgreementsByPartyThenStart(TestDatabase db) {
    db.parties().insert(supplier("b-party"));
    db.parties().insert(supplier("a-party"));
    AgreementStore store = db.agreements();
    store.insert(starting("b-2020", "b-party", 2020));
    store.insert(starting("a-2024", "a-party", 2024));
    store.insert(starting("a-2019", "a-party", 2019));
    store.insert(starting("b-2018", "b-party", 2018));

    assertThat(store.all())
        .extracting(Agreement::code)
        .containsExactly("a-2019", "a-2024", "b-2018", "b-2020");
    assertThat(store.forParty("b-party"))
        .extracting(Agreement::code)
        .containsExactly("b-2018", "b-2020");
    assertThat(store.forParty("b-party").get(0).permittedCategories()).containsExactly("user.name");
    assertThat(store.forParty("nobody")).isEmpty();
  }

  private static Agreement starting(String code, String party, int year) {
    Agreement a = agreement(code, party);
    return new Agreement(
        a.code(),
        a.partyCode(),
        a.title(),
        a.purpose(),
        a.lawfulBasis(),
        a.regime(),
        a.permittedCategories(),
        LocalDate.of(year, 6, 1),
        null,
        null,
        null);
  }
}
