-- The IncidentCore schema for PostgreSQL, created in the first schema of the connection's search path.
-- Run on first use under an advisory lock (so processes starting together do not trip over each other); every
-- statement is safe to run again.
-- Unique fields are stored twice: as entered, and as the key IncidentCore compares them by
-- (IncidentCore.Domain.Normalization.UniqueKeys). The unique indexes are on the keys, and their names tell the
-- adapter which field a unique violation (SQLSTATE 23505) is about.
-- Timestamps are kept exactly as UTC ticks (100 ns since 0001-01-01, as .NET counts them); the generated
-- timestamptz columns beside them are for people and reports (microsecond precision).

CREATE TABLE IF NOT EXISTS clients (
    client_id               text   NOT NULL CONSTRAINT clients_pkey PRIMARY KEY,
    client_name             text   NOT NULL,
    registration_number     text   NOT NULL,
    registration_number_key text   NOT NULL,
    contact_email           text   NOT NULL,
    contact_email_key       text   NOT NULL,
    client_type             text   NOT NULL,
    industry                text   NULL,
    country                 text   NULL,
    status                  text   NOT NULL,
    created_at_ticks        bigint NOT NULL,
    updated_at_ticks        bigint NOT NULL,
    version                 bigint NOT NULL,
    created_at timestamptz GENERATED ALWAYS AS (to_timestamp((created_at_ticks - 621355968000000000) / 10000000.0)) STORED,
    updated_at timestamptz GENERATED ALWAYS AS (to_timestamp((updated_at_ticks - 621355968000000000) / 10000000.0)) STORED
);
CREATE UNIQUE INDEX IF NOT EXISTS ux_clients_registration_number ON clients (registration_number_key);
CREATE UNIQUE INDEX IF NOT EXISTS ux_clients_contact_email ON clients (contact_email_key);

CREATE TABLE IF NOT EXISTS vendors (
    vendor_id         text   NOT NULL CONSTRAINT vendors_pkey PRIMARY KEY,
    vendor_name       text   NOT NULL,
    vendor_name_key   text   NOT NULL,
    vendor_type       text   NOT NULL,
    contact_email     text   NOT NULL,
    contact_email_key text   NOT NULL,
    contact_phone     text   NOT NULL,
    contact_phone_key text   NOT NULL,
    status            text   NOT NULL,
    created_at_ticks  bigint NOT NULL,
    updated_at_ticks  bigint NOT NULL,
    version           bigint NOT NULL,
    created_at timestamptz GENERATED ALWAYS AS (to_timestamp((created_at_ticks - 621355968000000000) / 10000000.0)) STORED,
    updated_at timestamptz GENERATED ALWAYS AS (to_timestamp((updated_at_ticks - 621355968000000000) / 10000000.0)) STORED
);
CREATE UNIQUE INDEX IF NOT EXISTS ux_vendors_vendor_name ON vendors (vendor_name_key);
CREATE UNIQUE INDEX IF NOT EXISTS ux_vendors_contact_email ON vendors (contact_email_key);
CREATE UNIQUE INDEX IF NOT EXISTS ux_vendors_contact_phone ON vendors (contact_phone_key);

CREATE TABLE IF NOT EXISTS users (
    user_id          text   NOT NULL CONSTRAINT users_pkey PRIMARY KEY,
    name             text   NOT NULL,
    email            text   NOT NULL,
    email_key        text   NOT NULL,
    role             text   NOT NULL,
    department       text   NULL,
    client_id        text   NULL,
    vendor_id        text   NULL,
    timezone         text   NOT NULL,
    status           text   NOT NULL,
    created_at_ticks bigint NOT NULL,
    updated_at_ticks bigint NOT NULL,
    version          bigint NOT NULL,
    created_at timestamptz GENERATED ALWAYS AS (to_timestamp((created_at_ticks - 621355968000000000) / 10000000.0)) STORED,
    updated_at timestamptz GENERATED ALWAYS AS (to_timestamp((updated_at_ticks - 621355968000000000) / 10000000.0)) STORED
);
CREATE UNIQUE INDEX IF NOT EXISTS ux_users_email ON users (email_key);

-- The audit trail. seq gives commit order: a commit takes a transaction-level advisory lock just before it
-- appends its entries, so entries get their seq in the order their transactions commit.
-- changed_fields and value_changes are JSON arrays; they never hold a personal value.
CREATE TABLE IF NOT EXISTS audit_entries (
    seq              bigint GENERATED ALWAYS AS IDENTITY CONSTRAINT audit_entries_pkey PRIMARY KEY,
    audit_id         text   NOT NULL CONSTRAINT ux_audit_entries_audit_id UNIQUE,
    action           text   NOT NULL,
    entity_type      text   NOT NULL,
    entity_id        text   NULL,
    actor_user_id    text   NOT NULL,
    created_at_ticks bigint NOT NULL,
    outcome          text   NOT NULL,
    reason           text   NOT NULL,
    changed_fields   jsonb  NOT NULL,
    value_changes    jsonb  NOT NULL,
    created_at timestamptz GENERATED ALWAYS AS (to_timestamp((created_at_ticks - 621355968000000000) / 10000000.0)) STORED
);
CREATE INDEX IF NOT EXISTS ix_audit_entries_entity ON audit_entries (entity_type, entity_id);
