-- Names and direct identifiers are kept sealed (AEAD, under a key kept outside the database) and
-- found through keyed hashes (HMAC) of their normalised forms; see uk.warden.app.crypto. A copy of
-- the database alone then reveals no names.
--
-- SQL cannot encrypt, so the plaintext of a store made before this version moves aside to
-- person_unsealed, and the application seals those rows and empties the table right after the
-- migration (PersonSealing, a Flyway callback), in the same start. The table then stays empty.
CREATE TABLE person_unsealed AS
  SELECT id, surname, forenames, photo_ref, identifiers FROM person;

ALTER TABLE person DROP COLUMN search_key;
ALTER TABLE person DROP COLUMN surname;
ALTER TABLE person DROP COLUMN forenames;
ALTER TABLE person DROP COLUMN photo_ref;
ALTER TABLE person DROP COLUMN identifiers;

-- Surname, forenames, photo reference and identifiers, sealed together with "person:<id>:sealed"
-- as associated data, so a value copied to another row does not open. Null only for the moment
-- between this migration and the sealing of an older store's rows.
ALTER TABLE person ADD COLUMN sealed BYTEA;

-- The keyed hashes of a person: NAME for each name token (search), FULL_NAME and SURNAME_INITIAL
-- (the disclosure guard's workforce match), and one per identifier kind (search; collar numbers
-- for the workforce match too). 64 bits of HMAC-SHA256: a false match is about one in 10^14.
CREATE TABLE person_term (
  person_id  INTEGER     NOT NULL,
  kind       VARCHAR(16) NOT NULL,
  term       BIGINT      NOT NULL
);
CREATE INDEX person_term_term ON person_term (term);
CREATE INDEX person_term_person ON person_term (person_id);
