-- Access review campaigns: each system owner confirms or revokes every grant on their systems,
-- with a reason. Items are snapshots of the grants taken when the campaign starts (holder, system,
-- categories, type, purpose, dates) and of the system's owner then, so the record an auditor reads
-- stands even after the grant is revoked, re-imported or the system changes hands.

CREATE SEQUENCE review_campaign_seq;

CREATE TABLE review_campaign (
  id              BIGINT       PRIMARY KEY,
  name            VARCHAR(200) NOT NULL,
  due_on          DATE,
  started_at      TIMESTAMP WITH TIME ZONE NOT NULL,
  started_by      VARCHAR(64)  NOT NULL,
  closed_at       TIMESTAMP WITH TIME ZONE,
  closed_by       VARCHAR(64)
);

CREATE SEQUENCE review_item_seq;

-- One grant as it stood at the start, and what was decided about it. A decision is made once:
-- the row is updated only while decision is NULL, and a decided row carries its reason and who.
CREATE TABLE review_item (
  id              BIGINT       PRIMARY KEY,
  campaign_id     BIGINT       NOT NULL REFERENCES review_campaign (id),
  grant_id        VARCHAR(200) NOT NULL,
  holder_id       VARCHAR(200) NOT NULL,
  system_code     VARCHAR(63)  NOT NULL,
  system_owner    VARCHAR(200),
  categories      VARCHAR(2000) NOT NULL,
  access_type     VARCHAR(16)  NOT NULL,
  purpose         VARCHAR(1000),
  granted_at      TIMESTAMP WITH TIME ZONE NOT NULL,
  expires_at      TIMESTAMP WITH TIME ZONE,
  last_used_at    TIMESTAMP WITH TIME ZONE,
  decision        VARCHAR(8),
  reason          VARCHAR(1000),
  decided_by      VARCHAR(64),
  decided_at      TIMESTAMP WITH TIME ZONE,
  CONSTRAINT review_item_grant UNIQUE (campaign_id, grant_id),
  CONSTRAINT review_item_decision CHECK (decision IN ('CONFIRM', 'REVOKE')),
  CONSTRAINT review_item_decided CHECK (
    (decision IS NULL AND reason IS NULL AND decided_by IS NULL AND decided_at IS NULL)
    OR (decision IS NOT NULL AND reason IS NOT NULL AND decided_by IS NOT NULL
        AND decided_at IS NOT NULL))
);
CREATE INDEX review_item_campaign ON review_item (campaign_id, system_code);

CREATE SEQUENCE review_task_seq;

-- Revoking a grant in Warden does not take the access away in the system itself: each revocation
-- leaves a task for someone to do that and say so.
CREATE TABLE review_task (
  id              BIGINT       PRIMARY KEY,
  campaign_id     BIGINT       NOT NULL REFERENCES review_campaign (id),
  item_id         BIGINT       NOT NULL UNIQUE REFERENCES review_item (id),
  grant_id        VARCHAR(200) NOT NULL,
  created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
  done_at         TIMESTAMP WITH TIME ZONE,
  done_by         VARCHAR(64),
  note            VARCHAR(1000),
  CONSTRAINT review_task_done CHECK (
    (done_at IS NULL AND done_by IS NULL AND note IS NULL)
    OR (done_at IS NOT NULL AND done_by IS NOT NULL AND note IS NOT NULL))
);
CREATE INDEX review_task_campaign ON review_task (campaign_id);
