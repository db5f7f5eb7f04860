-- Warden's own audit log (issue 6, DOMAIN.md §2.2): one row per read of personal data or change,
-- chained by hash. Rows are only ever inserted; the position is the primary key so a gap or a
-- duplicate cannot hide, and the hash is unique and indexed so the verifier can ask whether an
-- entry's predecessor still exists. Records are references (person:P10001, incident:7), never
-- content.

CREATE TABLE audit_entry (
  seq            BIGINT        PRIMARY KEY,
  at             TIMESTAMP WITH TIME ZONE NOT NULL,
  actor          VARCHAR(200)  NOT NULL,
  actor_role     VARCHAR(16),
  operation      VARCHAR(16),
  action         VARCHAR(64)   NOT NULL,
  records        VARCHAR(4000) NOT NULL,
  record_count   BIGINT        NOT NULL,
  recipients     VARCHAR(1000) NOT NULL,
  channel        VARCHAR(16),
  source         VARCHAR(200),
  reason         VARCHAR(1000),
  outcome        VARCHAR(16)   NOT NULL,
  prev_hash      CHAR(64)      NOT NULL,
  hash           CHAR(64)      NOT NULL UNIQUE
);

CREATE INDEX audit_entry_at ON audit_entry (at);
CREATE INDEX audit_entry_actor ON audit_entry (actor, at);

-- The chain's head, kept apart from the entries: appends lock this row, so positions are given
-- one at a time, and a verification compares the last entry with it, so entries cut from the end
-- are found even though the chain left behind still holds.
CREATE TABLE audit_head (
  id    INT      PRIMARY KEY,
  seq   BIGINT   NOT NULL,
  hash  CHAR(64) NOT NULL
);

INSERT INTO audit_head (id, seq, hash) VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
