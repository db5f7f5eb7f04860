-- The disclosure guard's record: every inspected upload and the release decisions on it. The file
-- itself is never kept; its SHA-256 ties the file that leaves to the inspection that cleared it,
-- and the report holds counts, locations and masked examples only. Decisions are never updated or
-- deleted: who signed a file off, and why, is evidence.

CREATE SEQUENCE inspection_seq;
CREATE SEQUENCE release_decision_seq;

CREATE TABLE inspection (
  id            BIGINT        PRIMARY KEY,
  file_name     VARCHAR(400)  NOT NULL,
  sha256        VARCHAR(64)   NOT NULL,
  bytes         BIGINT        NOT NULL,
  format        VARCHAR(32)   NOT NULL,
  verdict       VARCHAR(8)    NOT NULL,
  expectation   VARCHAR(16)   NOT NULL,
  report        TEXT          NOT NULL,
  inspected_by  VARCHAR(64)   NOT NULL,
  inspected_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  status        VARCHAR(16)   NOT NULL,
  CONSTRAINT inspection_status CHECK (status IN ('PENDING', 'RELEASABLE', 'REJECTED', 'BLOCKED')),
  -- The service never approves a blocked file; the store refuses it too, whatever writes to it.
  CONSTRAINT inspection_block_is_blocked CHECK (verdict <> 'BLOCK' OR status = 'BLOCKED')
);
CREATE INDEX inspection_recent ON inspection (inspected_at, id);
CREATE INDEX inspection_sha256 ON inspection (sha256);

CREATE TABLE release_decision (
  -- Orders decisions made in the same instant.
  id             BIGINT        PRIMARY KEY,
  inspection_id  BIGINT        NOT NULL REFERENCES inspection (id),
  decided_by     VARCHAR(64)   NOT NULL,
  decided_at     TIMESTAMP WITH TIME ZONE NOT NULL,
  decision       VARCHAR(8)    NOT NULL,
  reason         VARCHAR(2000) NOT NULL,
  CONSTRAINT release_decision_kind CHECK (decision IN ('APPROVE', 'REJECT'))
);
CREATE INDEX release_decision_inspection ON release_decision (inspection_id, id);
