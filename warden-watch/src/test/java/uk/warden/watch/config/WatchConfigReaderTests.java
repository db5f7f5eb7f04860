package uk.warden.watch.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.warden.core.input.BadInputException;
import uk.warden.core.input.InputProblem;
import uk.warden.watch.alert.EmailChannel;
import uk.warden.watch.alert.RetryPolicy;
import uk.warden.watch.alert.SyslogChannel;
import uk.warden.watch.alert.SyslogTransport;
import uk.warden.watch.alert.WebhookChannel;
import uk.warden.watch.collect.files.FilesystemCollector;
import uk.warden.watch.collect.files.ManifestDetail;
import uk.warden.watch.collect.jdbc.JdbcCollector;
import uk.warden.watch.collect.jdbc.JdbcSettings;
import uk.warden.watch.collect.jdbc.RowCount;

class WatchConfigReaderTests {

  private static final Environment ENV =
      Environment.of(
          Map.of(
              "WARDEN_WATCH_CMS_PASSWORD", "cms-secret",
              "WARDEN_WEBHOOK_SECRET", "hook-secret",
              "WARDEN_SMTP_PASSWORD", "smtp-secret"));

  @TempDir Path folder;

  @Test
  void theDocumentedExampleReadsIntoCollectorsAndChannels() throws Exception {
    WatchConfig config;
    try (InputStream in =
        WatchConfig.class.getResourceAsStream("/uk/warden/watch/watch-example.yaml")) {
      config = WatchConfigReader.read("watch-example.yaml", in, ENV);
    }

    assertThat(config.systems())
        .extracting(WatchedSystem::code)
        .containsExactly("bwv-archive", "evidence-store", "case-management");
    FilesystemCollector bwv = (FilesystemCollector) config.systems().get(0).collector();
    assertThat(bwv.settings().root()).isEqualTo(Path.of("/srv/bwv"));
    assertThat(bwv.settings().manifest()).isEqualTo(ManifestDetail.SHA256);
    assertThat(config.systems().get(0).cases().caseOf("x/BWV_23-12345-01_0931.mp4"))
        .isEqualTo("23-12345-01");
    assertThat(config.systems().get(1).cases().caseOf("23-1/a.pdf")).isEqualTo("23-1");

    JdbcSettings cms = ((JdbcCollector) config.systems().get(2).collector()).settings();
    assertThat(cms.url()).isEqualTo("jdbc:postgresql://cms-db.force.internal:5432/cms");
    assertThat(cms.user()).isEqualTo("warden_watch");
    assertThat(cms.password().reveal()).isEqualTo("cms-secret");
    assertThat(cms.counts())
        .containsExactly(
            new RowCount.Table("evidence_items", "evidence_items"),
            new RowCount.Table("exhibit-movements", "audit.exhibit_movements"),
            new RowCount.Query("open-cases", "SELECT count(*) FROM cases WHERE closed_at IS NULL"),
            new RowCount.PerPart(
                "SELECT category, count(*) FROM evidence_items GROUP BY category"));
    assertThat(cms.bytesQuery()).isEqualTo("SELECT pg_database_size(current_database())");
    assertThat(cms.properties()).containsExactly(Map.entry("sslmode", "verify-full"));
    assertThat(cms.queryTimeout()).isEqualTo(Duration.ofSeconds(60));
    assertThat(cms.toString()).doesNotContain("cms-secret");

    assertThat(config.collection().parallelism()).isEqualTo(16);
    assertThat(config.collection().timeout()).isEqualTo(Duration.ofMinutes(5));
    assertThat(config.alerts().retry())
        .isEqualTo(new RetryPolicy(5, Duration.ofSeconds(5), Duration.ofMinutes(5)));
    assertThat(config.alerts().channels())
        .extracting(channel -> channel.getClass().getSimpleName())
        .containsExactly("WebhookChannel", "EmailChannel", "SyslogChannel");
    assertThat(config.alerts().channels().get(0).name())
        .isEqualTo("webhook https://soc.force.internal/hooks/warden");
    EmailChannel email = (EmailChannel) config.alerts().channels().get(1);
    assertThat(email.settings().to()).containsExactly("dpo@force.police.uk", "soc@force.police.uk");
    assertThat(email.settings().startTls()).isTrue();
    SyslogChannel syslog = (SyslogChannel) config.alerts().channels().get(2);
    assertThat(syslog.settings().transport()).isEqualTo(SyslogTransport.TCP);
    assertThat(syslog.settings().facility()).isEqualTo(16);
    assertThat(syslog.settings().port()).isEqualTo(6514);
  }

  @Test
  void aSmallFileTakesTheDefaults() throws Exception {
    Path file = folder.resolve("watch.yaml");
    Files.writeString(
        file,
        """
        systems:
          - code: shares
            type: filesystem
            root: /srv/shares
          - code: cms
            type: jdbc
            url: jdbc:postgresql://db/cms
            counts: [evidence_items]
        """);

    WatchConfig config = WatchConfigReader.read(file, ENV);

    assertThat(config.collectors()).hasSize(2);
    FilesystemCollector shares =
        (FilesystemCollector) config.system("shares").orElseThrow().collector();
    assertThat(shares.settings().manifest()).isEqualTo(ManifestDetail.NONE);
    JdbcSettings cms = ((JdbcCollector) config.system("cms").orElseThrow().collector()).settings();
    assertThat(cms.user()).isNull();
    assertThat(cms.password()).isNull();
    assertThat(cms.loginTimeout()).isEqualTo(Duration.ofSeconds(10));
    assertThat(config.alerts().channels()).isEmpty();
    assertThat(config.collection().parallelism()).isEqualTo(16);
  }

  @Test
  void everyProblemIsNamedByFileLineAndFieldAndNothingIsRead() {
    String yaml =
        """
        systems:
          - code: bwv-archive
            type: filesystem
            root: srv/bwv
            manifest: md5
          - code: Case DB
            type: jdbc
            url: jdbc:postgresql://db/cms
            password: hunter2
            passwordEnv: NOT_SET_ANYWHERE
            counts:
              - table: "evidence; DROP TABLE cases"
              - name: open
                query: DELETE FROM cases
              - perPart: SELECT category, count(*) FROM e GROUP BY category
                name: cats
              - table: a
                query: SELECT 1
            queryTimeout: soon
          - code: bwv-archive
            type: filesystem
            root: /srv/other
          - code: shares
            type: ftp
          - code: cms-two
            type: jdbc
            url: jdbc:postgresql://db/cms?password=hunter2
            counts: [evidence, evidence]
            catgories: oops
        collection:
          parallelism: 0
        alerts:
          retry:
            firstDelay: 1m
            maxDelay: 10s
          channels:
            - type: webhook
              url: ftp://soc/hook
              secret: abc
            - type: email
              host: smtp
              from: not an address
              to: [dpo@force.police.uk, also not one]
              user: warden
            - type: syslog
              host: siem
              transport: carrier-pigeon
              facility: local9
            - type: pager
        """;

    assertThatThrownBy(() -> read(yaml))
        .isInstanceOfSatisfying(
            BadInputException.class,
            e -> {
              assertThat(e.problems())
                  .extracting(InputProblem::describe)
                  .containsExactlyInAnyOrder(
                      "watch.yaml: line 4, field 'systems[0] (bwv-archive).root': must be an"
                          + " absolute path, such as /srv/evidence",
                      "watch.yaml: line 5, field 'systems[0] (bwv-archive).manifest': 'md5' is not"
                          + " one of none, sizes, sha256",
                      "watch.yaml: line 6, field 'systems[1] (Case DB).code': system code 'Case DB'"
                          + " must be 1-63 lower-case letters, digits or hyphens, starting with a"
                          + " letter or digit",
                      "watch.yaml: line 9, field 'systems[1] (Case DB).password': secrets are"
                          + " never written in the configuration: put it in an environment"
                          + " variable and name the variable in 'passwordEnv'",
                      "watch.yaml: line 10, field 'systems[1] (Case DB).passwordEnv': the"
                          + " environment variable NOT_SET_ANYWHERE is not set",
                      "watch.yaml: line 12, field 'systems[1] (Case DB).counts[0].table': a table"
                          + " is named by letters, digits and underscores, optionally as"
                          + " schema.table",
                      "watch.yaml: line 13, field 'systems[1] (Case DB).counts[1]': must be a"
                          + " read-only query starting with SELECT or WITH",
                      "watch.yaml: line 16, field 'systems[1] (Case DB).counts[2].name': is not"
                          + " used with perPart: the query's rows name their parts",
                      "watch.yaml: line 17, field 'systems[1] (Case DB).counts[3]': must have"
                          + " exactly one of table, query and perPart",
                      "watch.yaml: line 19, field 'systems[1] (Case DB).queryTimeout': must be a"
                          + " positive duration such as 500ms, 30s, 5m or 2h",
                      "watch.yaml: line 20, field 'systems[2] (bwv-archive).code': the system is"
                          + " listed twice (first on line 2)",
                      "watch.yaml: line 24, field 'systems[3] (shares).type': 'ftp' is not one of"
                          + " filesystem, jdbc",
                      "watch.yaml: line 27, field 'systems[4] (cms-two).url': must not carry a"
                          + " password: name an environment variable in passwordEnv",
                      "watch.yaml: line 28, field 'systems[4] (cms-two).counts[1]': counts the"
                          + " part 'evidence' again (first on line 28)",
                      "watch.yaml: line 29, field 'systems[4] (cms-two).catgories': unknown field;"
                          + " expected code, type, cases, url, user, passwordEnv, password, counts,"
                          + " bytes, properties, loginTimeout, queryTimeout",
                      "watch.yaml: line 31, field 'collection.parallelism': must be from 1 to 256",
                      "watch.yaml: line 35, field 'alerts.retry.maxDelay': must not be shorter"
                          + " than firstDelay",
                      "watch.yaml: line 38, field 'alerts.channels[0].url': must be an http:// or"
                          + " https:// address with a host",
                      "watch.yaml: line 39, field 'alerts.channels[0].secret': secrets are never"
                          + " written in the configuration: put it in an environment variable and"
                          + " name the variable in 'secretEnv'",
                      "watch.yaml: line 40, field 'alerts.channels[1].passwordEnv': is required"
                          + " with user: it names the password's variable",
                      "watch.yaml: line 42, field 'alerts.channels[1].from': is not a valid e-mail"
                          + " address",
                      "watch.yaml: line 43, field 'alerts.channels[1].to': recipient 2 is not a"
                          + " valid e-mail address",
                      "watch.yaml: line 47, field 'alerts.channels[2].transport':"
                          + " 'carrier-pigeon' is not one of udp, tcp",
                      "watch.yaml: line 48, field 'alerts.channels[2].facility': must be a number"
                          + " from 0 to 23 or one of alert, audit, auth, authpriv, daemon, local0,"
                          + " local1, local2, local3, local4, local5, local6, local7, user",
                      "watch.yaml: line 49, field 'alerts.channels[3].type': 'pager' is not one of"
                          + " webhook, email, syslog");
              assertThat(e.getMessage()).doesNotContain("hunter2").doesNotContain("abc");
            });
  }

  @Test
  void syntaxErrorsAndWrongShapesAreLocated() {
    assertThatThrownBy(() -> read("systems:\n  - code: a\n   type: [\n"))
        .isInstanceOf(BadInputException.class)
        .hasMessageStartingWith("watch.yaml: line ")
        .hasMessageContaining("not valid YAML");
    assertThatThrownBy(() -> read(""))
        .isInstanceOf(BadInputException.class)
        .hasMessage(
            "watch.yaml: is empty; expected the sections systems, and optionally collection and"
                + " alerts");
    assertThatThrownBy(() -> read("- a\n- b\n"))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("the top level must be a mapping");
    assertThatThrownBy(() -> read("collection: {}\n"))
        .isInstanceOf(BadInputException.class)
        .hasMessage("watch.yaml: line 1, field 'systems': is required");
    assertThatThrownBy(() -> read("systems: [a]\n"))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("field 'systems[0]': must be a mapping");
  }

  @Test
  void aRepeatedFieldIsReported() {
    assertThatThrownBy(
            () ->
                read(
                    "systems:\n"
                        + "  - code: a\n"
                        + "    type: filesystem\n"
                        + "    root: /a\n"
                        + "    root: /b\n"))
        .isInstanceOf(BadInputException.class)
        .hasMessage(
            "watch.yaml: line 5, field 'systems[0] (a).root': is given twice (first on line 4)");
  }

  @Test
  void casePatternsMustHaveOneGroupAndCompile() {
    assertThatThrownBy(
            () ->
                read(
                    "systems:\n"
                        + "  - {code: a, type: filesystem, root: /a, cases: '[0-9]+'}\n"
                        + "  - {code: b, type: filesystem, root: /b, cases: '(unclosed'}\n"))
        .isInstanceOfSatisfying(
            BadInputException.class,
            e ->
                assertThat(e.problems())
                    .extracting(InputProblem::describe)
                    .containsExactly(
                        "watch.yaml: line 2, field 'systems[0] (a).cases': a case pattern has"
                            + " exactly one group, (...), around the case reference; this one has"
                            + " 0",
                        "watch.yaml: line 3, field 'systems[1] (b).cases': is not a valid pattern:"
                            + " Unclosed group"));
  }

  @Test
  void aMissingFileIsBadInput() {
    assertThatThrownBy(() -> WatchConfigReader.read(folder.resolve("nope.yaml"), ENV))
        .isInstanceOf(BadInputException.class)
        .hasMessage("nope.yaml: no such file");
  }

  @Test
  void emailWithoutLoginAndSyslogDefaults() {
    WatchConfig config =
        read(
            """
            systems: []
            alerts:
              channels:
                - {type: email, host: localhost, port: 2525, starttls: false,
                   from: warden@force.police.uk, to: dpo@force.police.uk}
                - {type: syslog, host: 127.0.0.1, facility: 13}
                - {type: webhook, url: 'http://127.0.0.1:9/hook?token=abc', secretEnv: WARDEN_WEBHOOK_SECRET}
            """);

    EmailChannel email = (EmailChannel) config.alerts().channels().get(0);
    assertThat(email.settings().user()).isNull();
    assertThat(email.settings().to()).containsExactly("dpo@force.police.uk");
    SyslogChannel syslog = (SyslogChannel) config.alerts().channels().get(1);
    assertThat(syslog.settings().transport()).isEqualTo(SyslogTransport.UDP);
    assertThat(syslog.settings().port()).isEqualTo(514);
    assertThat(syslog.settings().facility()).isEqualTo(13);
    assertThat(((WebhookChannel) config.alerts().channels().get(2)).name())
        .isEqualTo("webhook http://127.0.0.1:9/hook");
    assertThat(config.systems()).isEmpty();
    assertThat(List.of(config.alerts().retry())).containsExactly(RetryPolicy.DEFAULT);
  }

  private static WatchConfig read(String yaml) {
    return WatchConfigReader.read(
        "watch.yaml", new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), ENV);
  }
}
