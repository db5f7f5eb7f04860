-- Lock-out after repeated failed password sign-ins, kept in the store so that it survives a restart
-- and holds across several Warden servers. Only existing accounts have a row: a name nobody holds
-- leaves no trace (people type passwords into the user name box).

ALTER TABLE app_user ADD COLUMN failed_signins INTEGER NOT NULL DEFAULT 0;
ALTER TABLE app_user ADD COLUMN locked_until TIMESTAMP WITH TIME ZONE;
