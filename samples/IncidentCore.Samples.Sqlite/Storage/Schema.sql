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

-- The incident domain. Product names are unique by their key; a component's name key includes its product, so a
-- name is unique within its product. Foreign keys tie a component to its product, an incident to its component, and
-- history rows, escalations, communications and reviews to their incident; each is checked by the statement that
-- writes the row, so a unit of work stages a parent before its children (every procedure writes one record whose
-- parents exist already). Client and user ids are not foreign keys: the procedures check them, and an incident's
-- record keeps naming them whatever becomes of them.
CREATE TABLE IF NOT EXISTS products (
    product_id        TEXT    NOT NULL PRIMARY KEY,
    product_name      TEXT    NOT NULL,
    product_name_key  TEXT    NOT NULL,
    product_type      TEXT    NOT NULL,
    product_version   TEXT    NULL,
    support_vendor_id TEXT    NULL,
    status            TEXT    NOT NULL,
    created_at        TEXT    NOT NULL,
    updated_at        TEXT    NOT NULL,
    version           INTEGER NOT NULL
);
CREATE UNIQUE INDEX IF NOT EXISTS ux_products_product_name ON products (product_name_key);

CREATE TABLE IF NOT EXISTS infrastructure_components (
    component_id       TEXT    NOT NULL PRIMARY KEY,
    component_name     TEXT    NOT NULL,
    component_name_key TEXT    NOT NULL,
    component_type     TEXT    NOT NULL,
    environment        TEXT    NOT NULL,
    product_id         TEXT    NULL REFERENCES products (product_id),
    location           TEXT    NULL,
    port_number        INTEGER NULL,
    operational_status TEXT    NOT NULL,
    created_at         TEXT    NOT NULL,
    updated_at         TEXT    NOT NULL,
    version            INTEGER NOT NULL
);
CREATE UNIQUE INDEX IF NOT EXISTS ux_infrastructure_components_component_name ON infrastructure_components (component_name_key);

-- seq gives report order (writers are serialised by BEGIN IMMEDIATE). A client's incidents are paged by key:
-- the index on (client_id, seq) finds the page after a given incident without reading the ones before it.
CREATE TABLE IF NOT EXISTS incidents (
    seq                  INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    incident_id          TEXT    NOT NULL UNIQUE,
    title                TEXT    NOT NULL,
    category             TEXT    NOT NULL,
    severity             TEXT    NOT NULL,
    impact_level         TEXT    NOT NULL,
    urgency_level        TEXT    NOT NULL,
    client_id            TEXT    NOT NULL,
    component_id         TEXT    NOT NULL REFERENCES infrastructure_components (component_id),
    reporter_user_id     TEXT    NOT NULL,
    assigned_to_user_id  TEXT    NULL,
    detection_timestamp  TEXT    NOT NULL,
    resolution_timestamp TEXT    NULL,
    status               TEXT    NOT NULL,
    created_at           TEXT    NOT NULL,
    updated_at           TEXT    NOT NULL,
    version              INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS ix_incidents_client ON incidents (client_id, seq);

-- An incident's history: one row per changed field of each update, written with the update. Never updated.
CREATE TABLE IF NOT EXISTS incident_updates (
    seq             INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    update_id       TEXT    NOT NULL UNIQUE,
    incident_id     TEXT    NOT NULL REFERENCES incidents (incident_id),
    updated_by_user TEXT    NOT NULL,
    update_type     TEXT    NOT NULL,
    field_changed   TEXT    NOT NULL,
    old_value       TEXT    NULL,
    new_value       TEXT    NULL,
    created_at      TEXT    NOT NULL
);
CREATE INDEX IF NOT EXISTS ix_incident_updates_incident ON incident_updates (incident_id, seq);

CREATE TABLE IF NOT EXISTS escalations (
    seq               INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    escalation_id     TEXT    NOT NULL UNIQUE,
    incident_id       TEXT    NOT NULL REFERENCES incidents (incident_id),
    escalated_by_user TEXT    NOT NULL,
    escalated_to_user TEXT    NOT NULL,
    escalation_level  TEXT    NOT NULL,
    reason            TEXT    NULL,
    status            TEXT    NOT NULL,
    escalated_at      TEXT    NOT NULL,
    resolved_at       TEXT    NULL,
    version           INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS ix_escalations_incident ON escalations (incident_id, seq);
-- At most one active escalation per incident and level; resolved and cancelled ones do not count.
CREATE UNIQUE INDEX IF NOT EXISTS ux_escalations_active_level ON escalations (incident_id, escalation_level) WHERE status = 'active';

CREATE TABLE IF NOT EXISTS communications (
    seq                INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    communication_id   TEXT    NOT NULL UNIQUE,
    incident_id        TEXT    NOT NULL REFERENCES incidents (incident_id),
    sender_id          TEXT    NOT NULL,
    recipient_id       TEXT    NULL,
    recipient_type     TEXT    NULL,
    communication_type TEXT    NOT NULL,
    delivery_method    TEXT    NOT NULL,
    delivery_status    TEXT    NOT NULL,
    sent_at            TEXT    NULL,
    created_at         TEXT    NOT NULL,
    version            INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS ix_communications_incident ON communications (incident_id, seq);

CREATE TABLE IF NOT EXISTS post_incident_reviews (
    review_id        TEXT    NOT NULL PRIMARY KEY,
    incident_id      TEXT    NOT NULL REFERENCES incidents (incident_id),
    facilitator_user TEXT    NOT NULL,
    scheduled_date   TEXT    NOT NULL,
    overall_rating   TEXT    NULL,
    status           TEXT    NOT NULL,
    completed_at     TEXT    NULL,
    created_at       TEXT    NOT NULL,
    version          INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS ix_post_incident_reviews_incident ON post_incident_reviews (incident_id);

-- The approval domain. A rollback request names its change by a foreign key (a change is stored before any rollback
-- of it is requested). Incident and user ids are not foreign keys, as in the incident domain: the procedures check
-- them when a request is made, and the request keeps naming them whatever becomes of them.
CREATE TABLE IF NOT EXISTS change_requests (
    change_id            TEXT    NOT NULL PRIMARY KEY,
    title                TEXT    NOT NULL,
    change_type          TEXT    NOT NULL,
    risk_level           TEXT    NOT NULL,
    incident_id          TEXT    NULL,
    requesting_user      TEXT    NOT NULL,
    approved_by_user     TEXT    NULL,
    rejection_reason     TEXT    NULL,
    status               TEXT    NOT NULL,
    scheduled_start_time TEXT    NULL,
    scheduled_end_time   TEXT    NULL,
    actual_start_time    TEXT    NULL,
    actual_end_time      TEXT    NULL,
    created_at           TEXT    NOT NULL,
    updated_at           TEXT    NOT NULL,
    version              INTEGER NOT NULL
);

CREATE TABLE IF NOT EXISTS rollback_requests (
    rollback_id      TEXT    NOT NULL PRIMARY KEY,
    change_id        TEXT    NOT NULL REFERENCES change_requests (change_id),
    incident_id      TEXT    NULL,
    requesting_user  TEXT    NOT NULL,
    approved_by_user TEXT    NULL,
    rejection_reason TEXT    NULL,
    status           TEXT    NOT NULL,
    completed_at     TEXT    NULL,
    created_at       TEXT    NOT NULL,
    version          INTEGER NOT NULL
);
-- At most one open rollback (requested, approved, in_progress) per change; rejected, completed and failed ones do not
-- count. It is also the index that finds a change's open rollback: the query repeats this WHERE clause word for word,
-- which is how SQLite knows the partial index answers it.
CREATE UNIQUE INDEX IF NOT EXISTS ux_rollback_requests_open_change ON rollback_requests (change_id)
    WHERE status IN ('requested', 'approved', 'in_progress');
