package uk.warden.app.register.store;

import static java.util.stream.Collectors.joining;
import static java.util.stream.Collectors.toSet;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import uk.warden.app.platform.StoreVersions;
import uk.warden.core.register.Agreement;
import uk.warden.core.register.ExtractFormat;
import uk.warden.core.register.ExtractRules;
import uk.warden.core.register.Regime;

/** Agreements, the categories each permits and the rules its extracts are held to. */
@Repository
public class AgreementStore {

  private static final String COLUMNS =
      "code, party_code, title, purpose, lawful_basis, regime, start_date, end_date,"
          + " retention_months, exit_terms";
  private static final String INSERT =
      "INSERT INTO agreement ("
          + COLUMNS
          + ") VALUES (:code, :party, :title, :purpose, :basis, :regime, :start, :end,"
          + " :retention, :exit)";
  private static final String UPDATE =
      """
      UPDATE agreement SET party_code = :party, title = :title, purpose = :purpose,
        lawful_basis = :basis, regime = :regime, start_date = :start, end_date = :end,
        retention_months = :retention, exit_terms = :exit
      WHERE code = :code""";

  private final JdbcClient jdbc;

  public AgreementStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public List<Agreement> all() {
    return withCategories(
        jdbc.sql("SELECT " + COLUMNS + " FROM agreement ORDER BY party_code, start_date")
            .query(AgreementStore::map)
            .list());
  }

  public List<Agreement> forParty(String partyCode) {
    return withCategories(
        jdbc.sql(
                "SELECT "
                    + COLUMNS
                    + " FROM agreement WHERE party_code = :party ORDER BY start_date")
            .param("party", partyCode)
            .query(AgreementStore::map)
            .list());
  }

  public Optional<Agreement> find(String code) {
    return withCategories(
            jdbc.sql("SELECT " + COLUMNS + " FROM agreement WHERE code = :code")
                .param("code", code)
                .query(AgreementStore::map)
                .list())
        .stream()
        .findFirst();
  }

  public void insert(Agreement agreement) {
    StoreVersions.bump(jdbc, StoreVersions.Topic.REGISTER);
    bind(jdbc.sql(INSERT), agreement).update();
    insertCategories(agreement);
    insertRules(agreement);
  }

  public boolean update(Agreement agreement) {
    StoreVersions.bump(jdbc, StoreVersions.Topic.REGISTER);
    boolean found = bind(jdbc.sql(UPDATE), agreement).update() > 0;
    if (found) {
      jdbc.sql("DELETE FROM agreement_category WHERE agreement_code = :code")
          .param("code", agreement.code())
          .update();
      insertCategories(agreement);
      jdbc.sql("DELETE FROM agreement_extract_rules WHERE agreement_code = :code")
          .param("code", agreement.code())
          .update();
      insertRules(agreement);
    }
    return found;
  }

  public void delete(String code) {
    StoreVersions.bump(jdbc, StoreVersions.Topic.REGISTER);
    jdbc.sql("DELETE FROM agreement WHERE code = :code").param("code", code).update();
  }

  private void insertCategories(Agreement agreement) {
    for (String key : agreement.permittedCategories()) {
      jdbc.sql("INSERT INTO agreement_category (agreement_code, category_key) VALUES (:code, :key)")
          .param("code", agreement.code())
          .param("key", key)
          .update();
    }
  }

  private void insertRules(Agreement agreement) {
    ExtractRules rules = agreement.extracts();
    if (rules == null) {
      return;
    }
    jdbc.sql(
            "INSERT INTO agreement_extract_rules (agreement_code, people, units, max_people,"
                + " max_extracts, per_days, formats) VALUES (:code, :people, :units, :max,"
                + " :extracts, :days, :formats)")
        .param("code", agreement.code())
        .param("people", rules.people().name())
        .param("units", String.join(",", rules.units()))
        .param("max", rules.maxPeople())
        .param("extracts", rules.frequency() == null ? null : rules.frequency().extracts())
        .param("days", rules.frequency() == null ? null : rules.frequency().days())
        .param(
            "formats",
            rules.formats().stream().map(ExtractFormat::name).sorted().collect(joining(",")))
        .update();
  }

  private Map<String, ExtractRules> rulesOf(List<Agreement> agreements) {
    Map<String, ExtractRules> rules = new HashMap<>();
    jdbc.sql(
            "SELECT agreement_code, people, units, max_people, max_extracts, per_days, formats"
                + " FROM agreement_extract_rules WHERE agreement_code IN (:codes)")
        .param("codes", agreements.stream().map(Agreement::code).toList())
        .query(
            (ResultSet rs) -> {
              Integer extracts = (Integer) rs.getObject("max_extracts");
              Integer days = (Integer) rs.getObject("per_days");
              rules.put(
                  rs.getString("agreement_code"),
                  new ExtractRules(
                      ExtractRules.PeopleRule.valueOf(rs.getString("people")),
                      words(rs.getString("units")).collect(toSet()),
                      (Integer) rs.getObject("max_people"),
                      extracts == null || days == null
                          ? null
                          : new ExtractRules.Frequency(extracts, days),
                      words(rs.getString("formats")).map(ExtractFormat::valueOf).collect(toSet())));
            });
    return rules;
  }

  private static Stream<String> words(String joined) {
    return Arrays.stream(joined.split(",")).filter(w -> !w.isEmpty());
  }

  private List<Agreement> withCategories(List<Agreement> agreements) {
    if (agreements.isEmpty()) {
      return agreements;
    }
    Map<String, List<String>> categories = new HashMap<>();
    jdbc.sql(
            "SELECT agreement_code, category_key FROM agreement_category WHERE agreement_code IN (:codes)")
        .param("codes", agreements.stream().map(Agreement::code).toList())
        .query(
            (ResultSet rs) -> {
              categories
                  .computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                  .add(rs.getString(2));
            });
    Map<String, ExtractRules> rules = rulesOf(agreements);
    return agreements.stream()
        .map(
            a ->
                new Agreement(
                    a.code(),
                    a.partyCode(),
                    a.title(),
                    a.purpose(),
                    a.lawfulBasis(),
                    a.regime(),
                    Set.copyOf(categories.getOrDefault(a.code(), List.of())),
                    a.start(),
                    a.end(),
                    a.retentionMonths(),
                    a.exitTerms(),
                    rules.get(a.code())))
        .toList();
  }

  private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, Agreement a) {
    return spec.param("code", a.code())
        .param("party", a.partyCode())
        .param("title", a.title())
        .param("purpose", a.purpose())
        .param("basis", a.lawfulBasis())
        .param("regime", a.regime().name())
        .param("start", a.start())
        .param("end", a.end())
        .param("retention", a.retentionMonths())
        .param("exit", a.exitTerms());
  }

  private static Agreement map(ResultSet rs, int row) throws SQLException {
    return new Agreement(
        rs.getString("code"),
        rs.getString("party_code"),
        rs.getString("title"),
        rs.getString("purpose"),
        rs.getString("lawful_basis"),
        Regime.valueOf(rs.getString("regime")),
        Set.of(),
        rs.getObject("start_date", LocalDate.class),
        rs.getObject("end_date", LocalDate.class),
        (Integer) rs.getObject("retention_months"),
        rs.getString("exit_terms"));
  }
}
