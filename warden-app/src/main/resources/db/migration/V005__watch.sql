-- The integrity watch: how much each system held day by day, what explains its decreases, and the
-- unexplained losses found in it. Snapshots keep the system's code, not a reference: history
-- outlives a system's place in the register. One snapshot a day per system; a later count on the
-- same day replaces the earlier one (the day's last word is its figure).

CREATE TABLE volume_snapshot (
  system_code     VARCHAR(63)  NOT NULL,
  counted_on      DATE         NOT NULL,
  taken_at        TIMESTAMP WITH TIME ZONE NOT NULL,
  objects         BIGINT       NOT NULL,
  bytes           BIGINT       NOT NULL,
  source          VARCHAR(16)  NOT NULL,
  recorded_at     TIMESTAMP WITH TIME ZONE NOT NULL,
  recorded_by     VARCHAR(64)  NOT NULL,
  PRIMARY KEY (system_code, counted_on),
  CONSTRAINT volume_snapshot_counts CHECK (objects >= 0 AND bytes >= 0)
);

-- Objects per part (top-level folder, table, case or category) where the system can say.
CREATE TABLE volume_part (
  system_code     VARCHAR(63)  NOT NULL,
  counted_on      DATE         NOT NULL,
  part            VARCHAR(200) NOT NULL,
  objects         BIGINT       NOT NULL,
  PRIMARY KEY (system_code, counted_on, part)
);

CREATE SEQUENCE expected_change_seq;

-- Decreases that are explained: a retention schedule (objects_per_day from first_day, until
-- last_day or for ever), a recorded deletion or a registered migration (objects over the days).
CREATE TABLE expected_change (
  id              BIGINT       PRIMARY KEY,
  system_code     VARCHAR(63)  NOT NULL,
  reason          VARCHAR(16)  NOT NULL,
  first_day       DATE         NOT NULL,
  last_day        DATE,
  objects         BIGINT       NOT NULL,
  reference       VARCHAR(300) NOT NULL,
  -- A migration's manifests (gzip TSV: path, size, sha256), before and once it is done, after.
  before_manifest BYTEA,
  before_entries  INTEGER,
  after_manifest  BYTEA,
  after_entries   INTEGER,
  recorded_at     TIMESTAMP WITH TIME ZONE NOT NULL,
  recorded_by     VARCHAR(64)  NOT NULL,
  CONSTRAINT expected_change_reason CHECK (reason IN ('RETENTION', 'DELETION', 'MIGRATION')),
  CONSTRAINT expected_change_objects CHECK (objects >= 0)
);
CREATE INDEX expected_change_system ON expected_change (system_code, first_day);

CREATE SEQUENCE watch_finding_seq;

-- An unexplained loss, kept once found so that it is alerted on once, can be raised as an
-- incident and keeps its decision when later snapshots refine the series.
CREATE TABLE watch_finding (
  id              BIGINT       PRIMARY KEY,
  system_code     VARCHAR(63)  NOT NULL,
  first_day       DATE         NOT NULL,
  last_day        DATE         NOT NULL,
  objects         BIGINT       NOT NULL,
  fraction        DOUBLE PRECISION NOT NULL,
  shape           VARCHAR(16)  NOT NULL,
  severity        VARCHAR(16)  NOT NULL,
  migration_id    BIGINT       REFERENCES expected_change (id),
  found_at        TIMESTAMP WITH TIME ZONE NOT NULL,
  -- OPEN; EXPLAINED once a later explanation accounts for it; INCIDENT once raised as one.
  status          VARCHAR(16)  NOT NULL,
  incident_id     VARCHAR(63),
  CONSTRAINT watch_finding_status CHECK (status IN ('OPEN', 'EXPLAINED', 'INCIDENT')),
  CONSTRAINT watch_finding_once UNIQUE (system_code, first_day)
);

CREATE SEQUENCE alert_delivery_seq;

-- Every attempt to tell someone, kept: "we alerted the SOC at 09:14" must be provable.
CREATE TABLE alert_delivery (
  id              BIGINT        PRIMARY KEY,
  finding_id      BIGINT        NOT NULL REFERENCES watch_finding (id),
  channel         VARCHAR(300)  NOT NULL,
  attempts        INTEGER       NOT NULL,
  delivered       BOOLEAN       NOT NULL,
  finished_at     TIMESTAMP WITH TIME ZONE NOT NULL,
  last_error      VARCHAR(1000)
);
