package uk.warden.app.register.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.warden.app.testing.Fixtures.assuredSupplier;
import static uk.warden.app.testing.Fixtures.subProcessor;
import static uk.warden.app.testing.Fixtures.supplier;
import static uk.warden.app.testing.Fixtures.system;

import org.springframework.dao.DataIntegrityViolationException;
import uk.warden.app.testing.StoreTest;
import uk.warden.app.testing.TestDatabase;
import uk.warden.core.register.Assurance;
import uk.warden.core.register.CyberEssentials;
import uk.warden.core.register.Party;
import uk.warden.core.register.PartyKind;

class PartyStoreTests {

  @StoreTest
  void keepsEveryAssuranceFact(TestDatabase db) {
    PartyStore store = db.parties();
    Party assured = assuredSupplier("acme");

    store.insert(assured);

    assertThat(store.find("acme")).contains(assured);
    Assurance read = store.find("acme").orElseThrow().assurance();
    assertThat(read.deleteOrReturnAtExit()).isFalse();
    assertThat(read.rightToAudit()).isTrue();
    assertThat(read.breachNotificationHours()).isEqualTo(24);
  }

  @StoreTest
  void keepsUnrecordedAssuranceFactsUnknownRatherThanNo(TestDatabase db) {
    PartyStore store = db.parties();

    store.insert(new Party("hr", "Human Resources", PartyKind.INTERNAL, null, Assurance.NONE));

    Party read = store.find("hr").orElseThrow();
    assertThat(read).isEqualTo(new Party("hr", "Human Resources", PartyKind.INTERNAL, null, null));
    assertThat(read.parentCode()).isNull();
    assertThat(read.assurance().cyberEssentials()).isEqualTo(CyberEssentials.NONE);
    assertThat(read.assurance().rightToAudit()).isNull();
    assertThat(read.assurance().deleteOrReturnAtExit()).isNull();
    assertThat(read.assurance().subProcessorsApproved()).isNull();
    assertThat(read.assurance().breachNotificationHours()).isNull();
    assertThat(read.assurance().requiredStaffVetting()).isNull();
    assertThat(read.assurance().cyberEssentialsExpires()).isNull();
  }

  @StoreTest
  void keepsASubProcessorsSupplier(TestDatabase db) {
    PartyStore store = db.parties();
    store.insert(supplier("cloudco"));

    store.insert(subProcessor("datacentre", "cloudco"));

    assertThat(store.find("datacentre")).map(Party::parentCode).contains("cloudco");
    assertThat(store.find("datacentre")).map(Party::kind).contains(PartyKind.SUB_PROCESSOR);
  }

  @StoreTest
  void refusesASubProcessorOfAnUnknownSupplier(TestDatabase db) {
    PartyStore store = db.parties();

    assertThatThrownBy(() -> store.insert(subProcessor("orphan", "nobody")))
        .isInstanceOf(DataIntegrityViolationException.class);
    assertThat(store.exists("orphan")).isFalse();
  }

  @StoreTest
  void refusesADuplicateCode(TestDatabase db) {
    PartyStore store = db.parties();
    store.insert(supplier("acme"));

    assertThatThrownBy(() -> store.insert(assuredSupplier("acme")))
        .isInstanceOf(DataIntegrityViolationException.class);
    assertThat(store.find("acme")).contains(supplier("acme"));
  }

  @StoreTest
  void updateReplacesEveryFactAndSaysWhetherThePartyExists(TestDatabase db) {
    PartyStore store = db.parties();
    store.insert(assuredSupplier("acme"));
    Party renamed = new Party("acme", "Acme Renamed", PartyKind.INTERNAL, null, Assurance.NONE);

    assertThat(store.update(renamed)).isTrue();
    assertThat(store.update(supplier("ghost"))).isFalse();

    assertThat(store.find("acme")).contains(renamed);
    assertThat(store.exists("ghost")).isFalse();
    assertThat(store.all()).containsExactly(renamed);
  }

  @StoreTest
  void listsPartiesByName(TestDatabase db) {
    PartyStore store = db.parties();
    store.insert(new Party("z1", "Alpha", PartyKind.SUPPLIER, null, null));
    store.insert(new Party("a1", "Charlie", PartyKind.SUPPLIER, null, null));
    store.insert(new Party("m1", "Bravo", PartyKind.INTERNAL, null, null));

    assertThat(store.all()).extracting(Party::code).containsExactly("z1", "m1", "a1");
  }

  @StoreTest
  void deleteRemovesThePartyButNotOneThatHostsASystem(TestDatabase db) {
    PartyStore store = db.parties();
    store.insert(supplier("gone"));
    store.insert(supplier("host"));
    db.systems().insert(system("payroll", "host"));

    store.delete("gone");
    store.delete("never-existed");

    assertThat(store.exists("gone")).isFalse();
    assertThatThrownBy(() -> store.delete("host"))
        .isInstanceOf(DataIntegrityViolationException.class);
    assertThat(store.exists("host")).isTrue();
  }
}
