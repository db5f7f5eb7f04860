-- Governed exports (issue 8): each extract Warden made for a party, with the fingerprint that
-- traces a leaked copy back to it, and each sighting of an extract's canaries. The fingerprint
-- holds keyed hashes of the people's keys in the order sent and of the canaries, never names or
-- pay numbers; the canaries themselves exist only in the file sent.

CREATE SEQUENCE extract_seq;

CREATE TABLE extract (
  id              BIGINT        PRIMARY KEY,
  transfer_id     BIGINT        NOT NULL REFERENCES transfer (id),
  agreement_code  VARCHAR(63)   NOT NULL,
  party_code      VARCHAR(63)   NOT NULL,
  made_at         TIMESTAMP WITH TIME ZONE NOT NULL,
  made_by         VARCHAR(200)  NOT NULL,
  sha256          CHAR(64)      NOT NULL,
  people          INT           NOT NULL,
  canaries        INT           NOT NULL,
  columns_sent    VARCHAR(2000) NOT NULL,
  fingerprint     BYTEA         NOT NULL
);

CREATE INDEX extract_agreement ON extract (agreement_code, made_at);

CREATE SEQUENCE extract_sighting_seq;

-- A file in which an extract's canaries were found: the breach signal, with where it was seen.
CREATE TABLE extract_sighting (
  id              BIGINT        PRIMARY KEY,
  extract_id      BIGINT        NOT NULL REFERENCES extract (id),
  seen_at         TIMESTAMP WITH TIME ZONE NOT NULL,
  seen_by         VARCHAR(200)  NOT NULL,
  file_name       VARCHAR(255)  NOT NULL,
  file_sha256     CHAR(64)      NOT NULL,
  canaries_seen   INT           NOT NULL,
  canaries_sent   INT           NOT NULL
);
