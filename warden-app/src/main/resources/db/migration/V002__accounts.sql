-- Warden's own users and their API tokens. Passwords and tokens are stored only as hashes.

CREATE TABLE app_user (
  username       VARCHAR(64)  PRIMARY KEY,
  password_hash  VARCHAR(200) NOT NULL,
  role           VARCHAR(16)  NOT NULL,
  enabled        BOOLEAN      NOT NULL,
  created_at     TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE api_token (
  id            VARCHAR(16)  PRIMARY KEY,
  username      VARCHAR(64)  NOT NULL REFERENCES app_user (username) ON DELETE CASCADE,
  token_hash    VARCHAR(64)  NOT NULL UNIQUE,
  label         VARCHAR(100) NOT NULL,
  created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  expires_at    TIMESTAMP WITH TIME ZONE,
  last_used_at  TIMESTAMP WITH TIME ZONE
);
