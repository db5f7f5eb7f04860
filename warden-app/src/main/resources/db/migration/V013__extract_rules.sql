-- Governed exports (issue 8), second part: each agreement's extract rules (its allow-list beyond
-- the permitted categories), extracts held for a second person's approval, and the checks of
-- extracts made elsewhere, kept so the agreement's page can show those that blocked.

-- At most one row per agreement; no row means the agreement states no rules and no extract may
-- be made under it. Units are the codes joined by ',' (codes never hold one).
CREATE TABLE agreement_extract_rules (
  agreement_code  VARCHAR(63)   PRIMARY KEY REFERENCES agreement (code) ON DELETE CASCADE,
  people          VARCHAR(16)   NOT NULL,
  units           VARCHAR(2000) NOT NULL,
  max_people      INT,
  max_extracts    INT,
  per_days        INT,
  formats         VARCHAR(100)  NOT NULL
);

-- An extract is HELD until a second person approves it (then RELEASED, with its transfer) or
-- refuses it (REFUSED, and its file is dropped). The held file is sealed with the store's key,
-- and kept after release so whoever made it can fetch it once approved.
ALTER TABLE extract ALTER COLUMN transfer_id DROP NOT NULL;
ALTER TABLE extract ADD COLUMN status VARCHAR(16) DEFAULT 'RELEASED' NOT NULL;
ALTER TABLE extract ADD COLUMN file_format VARCHAR(8) DEFAULT 'csv' NOT NULL;
ALTER TABLE extract ADD COLUMN approval_reasons VARCHAR(2000) DEFAULT '' NOT NULL;
ALTER TABLE extract ADD COLUMN decided_by VARCHAR(200);
ALTER TABLE extract ADD COLUMN decided_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE extract ADD COLUMN decision_note VARCHAR(2000);
ALTER TABLE extract ADD COLUMN file_sealed BYTEA;
-- The pay numbers sent, sealed, so the transfer can be recorded with its people on release.
ALTER TABLE extract ADD COLUMN people_sealed BYTEA;

-- A file another system made, checked against an agreement: its verdict, the problems found (one
-- per line, code and words, never the file's values) and the transfer if it was recorded.
CREATE SEQUENCE extract_check_seq;

CREATE TABLE extract_check (
  id              BIGINT        PRIMARY KEY,
  agreement_code  VARCHAR(63)   NOT NULL,
  checked_at      TIMESTAMP WITH TIME ZONE NOT NULL,
  checked_by      VARCHAR(200)  NOT NULL,
  file_name       VARCHAR(255)  NOT NULL,
  file_sha256     CHAR(64)      NOT NULL,
  verdict         VARCHAR(16)   NOT NULL,
  people          INT           NOT NULL,
  problems        VARCHAR(8000) NOT NULL,
  transfer_id     BIGINT        REFERENCES transfer (id)
);

CREATE INDEX extract_check_agreement ON extract_check (agreement_code, checked_at);
