-- Who can reach the force's systems (principals, group memberships, grants), who did (access
-- events, kept once each by fingerprint, and their daily volumes), and what the findings engine's
-- findings have become (assigned, resolved, reopened). Principals and grants keep system and party
-- codes, not references: a grant on a system the register no longer knows is itself worth seeing.

CREATE TABLE access_principal (
  id              VARCHAR(200) PRIMARY KEY,
  kind            VARCHAR(16)  NOT NULL,
  pay_number      VARCHAR(32),
  party_code      VARCHAR(63),
  clearances      VARCHAR(2000) NOT NULL,
  enabled         BOOLEAN      NOT NULL,
  -- Where the principal came from (CSV, LDAP, DEMO): a re-import replaces only its own source.
  source          VARCHAR(16)  NOT NULL,
  imported_at     TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT access_principal_kind CHECK (kind IN ('USER', 'GROUP', 'SERVICE_ACCOUNT', 'SUPPLIER_STAFF'))
);
CREATE INDEX access_principal_pay ON access_principal (pay_number);

CREATE TABLE access_membership (
  group_id        VARCHAR(200) NOT NULL,
  member_id       VARCHAR(200) NOT NULL,
  source          VARCHAR(16)  NOT NULL,
  PRIMARY KEY (group_id, member_id)
);

-- A grant stays until revoked; revoked grants are kept so a review's outcome can be shown.
CREATE TABLE access_grant (
  id              VARCHAR(200) PRIMARY KEY,
  holder_id       VARCHAR(200) NOT NULL,
  system_code     VARCHAR(63)  NOT NULL,
  categories      VARCHAR(2000) NOT NULL,
  access_type     VARCHAR(16)  NOT NULL,
  purpose         VARCHAR(1000),
  granted_by      VARCHAR(200),
  granted_at      TIMESTAMP WITH TIME ZONE NOT NULL,
  expires_at      TIMESTAMP WITH TIME ZONE,
  last_used_at    TIMESTAMP WITH TIME ZONE,
  source          VARCHAR(16)  NOT NULL,
  revoked_at      TIMESTAMP WITH TIME ZONE,
  revoked_by      VARCHAR(200),
  revoke_reason   VARCHAR(1000)
);
CREATE INDEX access_grant_system ON access_grant (system_code);
CREATE INDEX access_grant_holder ON access_grant (holder_id);

CREATE SEQUENCE access_ingest_seq;

-- One accepted log file: what it held and how much of it was new.
CREATE TABLE access_ingest (
  id              BIGINT       PRIMARY KEY,
  source_name     VARCHAR(300) NOT NULL,
  format          VARCHAR(16)  NOT NULL,
  lines           INTEGER      NOT NULL,
  events_read     BIGINT       NOT NULL,
  events_new      BIGINT       NOT NULL,
  ingested_at     TIMESTAMP WITH TIME ZONE NOT NULL,
  ingested_by     VARCHAR(64)  NOT NULL
);

-- Each event once: the SHA-256 fingerprint of its canonical form is the key, so the same event in
-- two files (or the same file twice) is kept and counted once.
CREATE TABLE access_event (
  fingerprint     BYTEA        PRIMARY KEY,
  occurred_at     TIMESTAMP WITH TIME ZONE NOT NULL,
  principal_id    VARCHAR(200) NOT NULL,
  system_code     VARCHAR(63)  NOT NULL,
  operation       VARCHAR(16)  NOT NULL,
  records         BIGINT       NOT NULL,
  recipients      VARCHAR(2000),
  justification   VARCHAR(2000),
  event_id        VARCHAR(200),
  channel         VARCHAR(16),
  ingest_id       BIGINT       NOT NULL
);
CREATE INDEX access_event_principal ON access_event (principal_id, occurred_at);

-- Records read and events per principal, system and day (in the force's zone): what the findings
-- read, so they never scan the events.
CREATE TABLE access_volume (
  principal_id    VARCHAR(200) NOT NULL,
  system_code     VARCHAR(63)  NOT NULL,
  used_on         DATE         NOT NULL,
  records_read    BIGINT       NOT NULL,
  events          INTEGER      NOT NULL,
  PRIMARY KEY (principal_id, system_code, used_on)
);

-- What people decided about a finding, kept under the finding's stable key: the engine recomputes
-- findings, this keeps who is on it and whether it was resolved.
CREATE TABLE finding_state (
  finding_key     VARCHAR(400) PRIMARY KEY,
  status          VARCHAR(16)  NOT NULL,
  assignee        VARCHAR(64),
  changed_at      TIMESTAMP WITH TIME ZONE NOT NULL,
  changed_by      VARCHAR(64)  NOT NULL,
  CONSTRAINT finding_state_status CHECK (status IN ('OPEN', 'RESOLVED'))
);

CREATE SEQUENCE finding_note_seq;

-- Every assignment, resolution and reopening with its note: the finding's history.
CREATE TABLE finding_note (
  id              BIGINT       PRIMARY KEY,
  finding_key     VARCHAR(400) NOT NULL,
  action          VARCHAR(16)  NOT NULL,
  note            VARCHAR(2000),
  noted_at        TIMESTAMP WITH TIME ZONE NOT NULL,
  noted_by        VARCHAR(64)  NOT NULL
);
CREATE INDEX finding_note_key ON finding_note (finding_key, noted_at);
