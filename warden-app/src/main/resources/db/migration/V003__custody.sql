-- The custody ledger (what each party was given and what it attested it destroyed) and incidents.
-- Person sets are RoaringBitmaps in their portable serialised form; the custody index is rebuilt
-- from these rows at start. Rows are never updated or deleted: custody history is evidence.

CREATE SEQUENCE transfer_seq;
CREATE SEQUENCE deletion_seq;

CREATE TABLE transfer (
  id            BIGINT       PRIMARY KEY,
  at            TIMESTAMP WITH TIME ZONE NOT NULL,
  -- Systems and agreements may leave the register later; the history keeps their codes.
  from_system   VARCHAR(63),
  to_party      VARCHAR(63)  NOT NULL REFERENCES party (code),
  to_system     VARCHAR(63),
  agreement     VARCHAR(63),
  categories    VARCHAR(4000) NOT NULL,
  people        BYTEA        NOT NULL,
  people_count  INTEGER      NOT NULL,
  method        VARCHAR(16)  NOT NULL,
  sha256        VARCHAR(64),
  approved_by   VARCHAR(200),
  recorded_at   TIMESTAMP WITH TIME ZONE NOT NULL,
  recorded_by   VARCHAR(64)  NOT NULL
);
CREATE INDEX transfer_party ON transfer (to_party, at);

CREATE TABLE deletion (
  id            BIGINT       PRIMARY KEY,
  party         VARCHAR(63)  NOT NULL REFERENCES party (code),
  at            TIMESTAMP WITH TIME ZONE NOT NULL,
  scope         VARCHAR(16)  NOT NULL,
  transfer_id   BIGINT       REFERENCES transfer (id),
  people        BYTEA,
  people_count  INTEGER,
  evidence      VARCHAR(1000) NOT NULL,
  recorded_at   TIMESTAMP WITH TIME ZONE NOT NULL,
  recorded_by   VARCHAR(64)  NOT NULL
);
CREATE INDEX deletion_party ON deletion (party, at);

-- Each writer bumps its topic in the same transaction, so a process can tell cheaply whether
-- another process (the CLI beside a running server) changed what its in-memory indexes hold.
CREATE TABLE store_version (
  topic    VARCHAR(32) PRIMARY KEY,
  version  BIGINT      NOT NULL
);
INSERT INTO store_version (topic, version) VALUES ('custody', 0);
INSERT INTO store_version (topic, version) VALUES ('people', 0);
INSERT INTO store_version (topic, version) VALUES ('register', 0);

CREATE TABLE incident (
  id                    VARCHAR(63)  PRIMARY KEY,
  title                 VARCHAR(300) NOT NULL,
  breach_type           VARCHAR(16)  NOT NULL,
  parties               VARCHAR(4000) NOT NULL,
  systems               VARCHAR(4000) NOT NULL DEFAULT '',
  categories            VARCHAR(4000) NOT NULL DEFAULT '',
  window_from           TIMESTAMP WITH TIME ZONE,
  window_to             TIMESTAMP WITH TIME ZONE,
  discovered_at         TIMESTAMP WITH TIME ZONE NOT NULL,
  aware_at              TIMESTAMP WITH TIME ZONE NOT NULL,
  ico_notified_at       TIMESTAMP WITH TIME ZONE,
  reason_for_delay      VARCHAR(4000),
  no_notify_rationale   VARCHAR(4000),
  no_notify_approver    VARCHAR(200),
  no_notify_decided_at  TIMESTAMP WITH TIME ZONE,
  declared_at           TIMESTAMP WITH TIME ZONE NOT NULL,
  declared_by           VARCHAR(64)  NOT NULL
);
