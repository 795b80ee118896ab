-- The IncidentCore schema for SQLite. Run on first use; every statement is safe to run again.
-- Unique fields are stored twice: as entered, and as the key IncidentCore compares them by
-- (IncidentCore.Domain.Normalization.UniqueKeys). The unique indexes are on the keys.
-- Timestamps are UTC text with 100 ns precision (yyyy-MM-ddTHH:mm:ss.fffffffZ), so they sort as they read.

CREATE TABLE IF NOT EXISTS clients (
    client_id               TEXT    NOT NULL PRIMARY KEY,
    client_name             TEXT    NOT NULL,
    registration_number     TEXT    NOT NULL,
    registration_number_key TEXT    NOT NULL,
    contact_email           TEXT    NOT NULL,
    contact_email_key       TEXT    NOT NULL,
    client_type             TEXT    NOT NULL,
    industry                TEXT    NULL,
    country                 TEXT    NULL,
    status                  TEXT    NOT NULL,
    created_at              TEXT    NOT NULL,
    updated_at              TEXT    NOT NULL,
    version                 INTEGER NOT NULL
);
CREATE UNIQUE INDEX IF NOT EXISTS ux_clients_registration_number ON clients (registration_number_key);
CREATE UNIQUE INDEX IF NOT EXISTS ux_clients_contact_email ON clients (contact_email_key);

CREATE TABLE IF NOT EXISTS vendors (
    vendor_id         TEXT    NOT NULL PRIMARY KEY,
    vendor_name       TEXT    NOT NULL,
    vendor_name_key   TEXT    NOT NULL,
    vendor_type       TEXT    NOT NULL,
    contact_email     TEXT    NOT NULL,
    contact_email_key TEXT    NOT NULL,
    contact_phone     TEXT    NOT NULL,
    contact_phone_key TEXT    NOT NULL,
    status            TEXT    NOT NULL,
    created_at        TEXT    NOT NULL,
    updated_at        TEXT    NOT NULL,
    version           INTEGER NOT NULL
);
CREATE UNIQUE INDEX IF NOT EXISTS ux_vendors_vendor_name ON vendors (vendor_name_key);
CREATE UNIQUE INDEX IF NOT EXISTS ux_vendors_contact_email ON vendors (contact_email_key);
CREATE UNIQUE INDEX IF NOT EXISTS ux_vendors_contact_phone ON vendors (contact_phone_key);

CREATE TABLE IF NOT EXISTS users (
    user_id    TEXT    NOT NULL PRIMARY KEY,
    name       TEXT    NOT NULL,
    email      TEXT    NOT NULL,
    email_key  TEXT    NOT NULL,
    role       TEXT    NOT NULL,
    department TEXT    NULL,
    client_id  TEXT    NULL,
    vendor_id  TEXT    NULL,
    timezone   TEXT    NOT NULL,
    status     TEXT    NOT NULL,
    created_at TEXT    NOT NULL,
    updated_at TEXT    NOT NULL,
    version    INTEGER NOT NULL
);
CREATE UNIQUE INDEX IF NOT EXISTS ux_users_email ON users (email_key);

-- The audit trail. seq gives commit order (writers are serialised by BEGIN IMMEDIATE).
-- changed_fields and value_changes are JSON arrays; they never hold a personal value.
CREATE TABLE IF NOT EXISTS audit_entries (
    seq            INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    audit_id       TEXT    NOT NULL UNIQUE,
    action         TEXT    NOT NULL,
    entity_type    TEXT    NOT NULL,
    entity_id      TEXT    NULL,
    actor_user_id  TEXT    NOT NULL,
    created_at     TEXT    NOT NULL,
    outcome        TEXT    NOT NULL,
    reason         TEXT    NOT NULL,
    changed_fields TEXT    NOT NULL,
    value_changes  TEXT    NOT NULL
);
