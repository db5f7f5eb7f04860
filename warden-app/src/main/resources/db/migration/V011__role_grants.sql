-- A grant beyond what a role holds. An analyst sees people as counts and pay numbers, never names,
-- unless given the names grant (./warden user grant-names NAME); other roles see names already.

ALTER TABLE app_user ADD COLUMN sees_names BOOLEAN DEFAULT FALSE NOT NULL;
