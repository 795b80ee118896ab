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

-- The incident domain. Product names are unique by their key; a component's name key includes its product, so a
-- name is unique within its product. Foreign keys tie a component to its product, an incident to its component, and
-- history rows, escalations, communications and reviews to their incident; each is checked by the statement that
-- writes the row, so a unit of work stages a parent before its children (every procedure writes one record whose
-- parents exist already). Client and user ids are not foreign keys: the procedures check them, and an incident's
-- record keeps naming them whatever becomes of them.
CREATE TABLE IF NOT EXISTS products (
    product_id        text   NOT NULL CONSTRAINT products_pkey PRIMARY KEY,
    product_name      text   NOT NULL,
    product_name_key  text   NOT NULL,
    product_type      text   NOT NULL,
    product_version   text   NULL,
    support_vendor_id text   NULL,
    status            text   NOT NULL,
    created_at_ticks  bigint NOT NULL,
    updated_at_ticks  bigint NOT NULL,
    version           bigint NOT NULL,
    created_at timestamptz GENERATED ALWAYS AS (to_timestamp((created_at_ticks - 621355968000000000) / 10000000.0)) STORED,
    updated_at timestamptz GENERATED ALWAYS AS (to_timestamp((updated_at_ticks - 621355968000000000) / 10000000.0)) STORED
);
CREATE UNIQUE INDEX IF NOT EXISTS ux_products_product_name ON products (product_name_key);

CREATE TABLE IF NOT EXISTS infrastructure_components (
    component_id       text    NOT NULL CONSTRAINT infrastructure_components_pkey PRIMARY KEY,
    component_name     text    NOT NULL,
    component_name_key text    NOT NULL,
    component_type     text    NOT NULL,
    environment        text    NOT NULL,
    product_id         text    NULL CONSTRAINT fk_infrastructure_components_product
                               REFERENCES products (product_id),
    location           text    NULL,
    port_number        integer NULL,
    operational_status text    NOT NULL,
    created_at_ticks   bigint  NOT NULL,
    updated_at_ticks   bigint  NOT NULL,
    version            bigint  NOT NULL,
    created_at timestamptz GENERATED ALWAYS AS (to_timestamp((created_at_ticks - 621355968000000000) / 10000000.0)) STORED,
    updated_at timestamptz GENERATED ALWAYS AS (to_timestamp((updated_at_ticks - 621355968000000000) / 10000000.0)) STORED
);
CREATE UNIQUE INDEX IF NOT EXISTS ux_infrastructure_components_component_name ON infrastructure_components (component_name_key);
CREATE INDEX IF NOT EXISTS ix_infrastructure_components_product ON infrastructure_components (product_id);

-- seq gives report order (the order the inserts ran; reports committing at the same moment may commit in another
-- order, which only matters to a reader paging while they commit). A client's incidents are paged by key: the index
-- on (client_id, seq) finds the page after a given incident without reading the ones before it, and nothing sorts
-- the table. History rows, escalations and communications are listed by their seq the same way.
CREATE TABLE IF NOT EXISTS incidents (
    incident_id                text   NOT NULL CONSTRAINT incidents_pkey PRIMARY KEY,
    seq                        bigint GENERATED ALWAYS AS IDENTITY,
    title                      text   NOT NULL,
    category                   text   NOT NULL,
    severity                   text   NOT NULL,
    impact_level               text   NOT NULL,
    urgency_level              text   NOT NULL,
    client_id                  text   NOT NULL,
    component_id               text   NOT NULL CONSTRAINT fk_incidents_component
                                      REFERENCES infrastructure_components (component_id),
    reporter_user_id           text   NOT NULL,
    assigned_to_user_id        text   NULL,
    detection_timestamp_ticks  bigint NOT NULL,
    resolution_timestamp_ticks bigint NULL,
    status                     text   NOT NULL,
    created_at_ticks           bigint NOT NULL,
    updated_at_ticks           bigint NOT NULL,
    version                    bigint NOT NULL,
    detection_timestamp timestamptz GENERATED ALWAYS AS (to_timestamp((detection_timestamp_ticks - 621355968000000000) / 10000000.0)) STORED,
    resolution_timestamp timestamptz GENERATED ALWAYS AS (to_timestamp((resolution_timestamp_ticks - 621355968000000000) / 10000000.0)) STORED,
    created_at timestamptz GENERATED ALWAYS AS (to_timestamp((created_at_ticks - 621355968000000000) / 10000000.0)) STORED,
    updated_at timestamptz GENERATED ALWAYS AS (to_timestamp((updated_at_ticks - 621355968000000000) / 10000000.0)) STORED
);
CREATE INDEX IF NOT EXISTS ix_incidents_client ON incidents (client_id, seq);
CREATE INDEX IF NOT EXISTS ix_incidents_component ON incidents (component_id);

-- An incident's history: one row per changed field of each update, written with the update. Never updated.
CREATE TABLE IF NOT EXISTS incident_updates (
    update_id        text   NOT NULL CONSTRAINT incident_updates_pkey PRIMARY KEY,
    seq              bigint GENERATED ALWAYS AS IDENTITY,
    incident_id      text   NOT NULL CONSTRAINT fk_incident_updates_incident
                            REFERENCES incidents (incident_id),
    updated_by_user  text   NOT NULL,
    update_type      text   NOT NULL,
    field_changed    text   NOT NULL,
    old_value        text   NULL,
    new_value        text   NULL,
    created_at_ticks bigint NOT NULL,
    created_at timestamptz GENERATED ALWAYS AS (to_timestamp((created_at_ticks - 621355968000000000) / 10000000.0)) STORED
);
CREATE INDEX IF NOT EXISTS ix_incident_updates_incident ON incident_updates (incident_id, seq);

CREATE TABLE IF NOT EXISTS escalations (
    escalation_id      text   NOT NULL CONSTRAINT escalations_pkey PRIMARY KEY,
    seq                bigint GENERATED ALWAYS AS IDENTITY,
    incident_id        text   NOT NULL CONSTRAINT fk_escalations_incident
                              REFERENCES incidents (incident_id),
    escalated_by_user  text   NOT NULL,
    escalated_to_user  text   NOT NULL,
    escalation_level   text   NOT NULL,
    reason             text   NULL,
    status             text   NOT NULL,
    escalated_at_ticks bigint NOT NULL,
    resolved_at_ticks  bigint NULL,
    version            bigint NOT NULL,
    escalated_at timestamptz GENERATED ALWAYS AS (to_timestamp((escalated_at_ticks - 621355968000000000) / 10000000.0)) STORED,
    resolved_at timestamptz GENERATED ALWAYS AS (to_timestamp((resolved_at_ticks - 621355968000000000) / 10000000.0)) STORED
);
CREATE INDEX IF NOT EXISTS ix_escalations_incident ON escalations (incident_id, seq);
-- At most one active escalation per incident and level; resolved and cancelled ones do not count. Two commits
-- racing for one level: the second waits for the first, then fails with 23505 on this index.
CREATE UNIQUE INDEX IF NOT EXISTS ux_escalations_active_level ON escalations (incident_id, escalation_level) WHERE status = 'active';

CREATE TABLE IF NOT EXISTS communications (
    communication_id   text   NOT NULL CONSTRAINT communications_pkey PRIMARY KEY,
    seq                bigint GENERATED ALWAYS AS IDENTITY,
    incident_id        text   NOT NULL CONSTRAINT fk_communications_incident
                              REFERENCES incidents (incident_id),
    sender_id          text   NOT NULL,
    recipient_id       text   NULL,
    recipient_type     text   NULL,
    communication_type text   NOT NULL,
    delivery_method    text   NOT NULL,
    delivery_status    text   NOT NULL,
    sent_at_ticks      bigint NULL,
    created_at_ticks   bigint NOT NULL,
    version            bigint NOT NULL,
    sent_at timestamptz GENERATED ALWAYS AS (to_timestamp((sent_at_ticks - 621355968000000000) / 10000000.0)) STORED,
    created_at timestamptz GENERATED ALWAYS AS (to_timestamp((created_at_ticks - 621355968000000000) / 10000000.0)) STORED
);
CREATE INDEX IF NOT EXISTS ix_communications_incident ON communications (incident_id, seq);

CREATE TABLE IF NOT EXISTS post_incident_reviews (
    review_id            text   NOT NULL CONSTRAINT post_incident_reviews_pkey PRIMARY KEY,
    incident_id          text   NOT NULL CONSTRAINT fk_post_incident_reviews_incident
                                REFERENCES incidents (incident_id),
    facilitator_user     text   NOT NULL,
    scheduled_date_ticks bigint NOT NULL,
    overall_rating       text   NULL,
    status               text   NOT NULL,
    completed_at_ticks   bigint NULL,
    created_at_ticks     bigint NOT NULL,
    version              bigint NOT NULL,
    scheduled_date timestamptz GENERATED ALWAYS AS (to_timestamp((scheduled_date_ticks - 621355968000000000) / 10000000.0)) STORED,
    completed_at timestamptz GENERATED ALWAYS AS (to_timestamp((completed_at_ticks - 621355968000000000) / 10000000.0)) STORED,
    created_at timestamptz GENERATED ALWAYS AS (to_timestamp((created_at_ticks - 621355968000000000) / 10000000.0)) STORED
);
CREATE INDEX IF NOT EXISTS ix_post_incident_reviews_incident ON post_incident_reviews (incident_id);

-- The approval domain. A rollback request names its change by a foreign key (a change is stored before any rollback
-- of it is requested). Incident and user ids are not foreign keys, as in the incident domain: the procedures check
-- them when a request is made, and the request keeps naming them whatever becomes of them.
CREATE TABLE IF NOT EXISTS change_requests (
    change_id                  text   NOT NULL CONSTRAINT change_requests_pkey PRIMARY KEY,
    title                      text   NOT NULL,
    change_type                text   NOT NULL,
    risk_level                 text   NOT NULL,
    incident_id                text   NULL,
    requesting_user            text   NOT NULL,
    approved_by_user           text   NULL,
    rejection_reason           text   NULL,
    status                     text   NOT NULL,
    scheduled_start_time_ticks bigint NULL,
    scheduled_end_time_ticks   bigint NULL,
    actual_start_time_ticks    bigint NULL,
    actual_end_time_ticks      bigint NULL,
    created_at_ticks           bigint NOT NULL,
    updated_at_ticks           bigint NOT NULL,
    version                    bigint NOT NULL,
    scheduled_start_time timestamptz GENERATED ALWAYS AS (to_timestamp((scheduled_start_time_ticks - 621355968000000000) / 10000000.0)) STORED,
    scheduled_end_time timestamptz GENERATED ALWAYS AS (to_timestamp((scheduled_end_time_ticks - 621355968000000000) / 10000000.0)) STORED,
    actual_start_time timestamptz GENERATED ALWAYS AS (to_timestamp((actual_start_time_ticks - 621355968000000000) / 10000000.0)) STORED,
    actual_end_time timestamptz GENERATED ALWAYS AS (to_timestamp((actual_end_time_ticks - 621355968000000000) / 10000000.0)) STORED,
    created_at timestamptz GENERATED ALWAYS AS (to_timestamp((created_at_ticks - 621355968000000000) / 10000000.0)) STORED,
    updated_at timestamptz GENERATED ALWAYS AS (to_timestamp((updated_at_ticks - 621355968000000000) / 10000000.0)) STORED
);

CREATE TABLE IF NOT EXISTS rollback_requests (
    rollback_id        text   NOT NULL CONSTRAINT rollback_requests_pkey PRIMARY KEY,
    change_id          text   NOT NULL CONSTRAINT fk_rollback_requests_change
                              REFERENCES change_requests (change_id),
    incident_id        text   NULL,
    requesting_user    text   NOT NULL,
    approved_by_user   text   NULL,
    rejection_reason   text   NULL,
    status             text   NOT NULL,
    completed_at_ticks bigint NULL,
    created_at_ticks   bigint NOT NULL,
    version            bigint NOT NULL,
    completed_at timestamptz GENERATED ALWAYS AS (to_timestamp((completed_at_ticks - 621355968000000000) / 10000000.0)) STORED,
    created_at timestamptz GENERATED ALWAYS AS (to_timestamp((created_at_ticks - 621355968000000000) / 10000000.0)) STORED
);
-- At most one open rollback (requested, approved, in_progress) per change; rejected, completed and failed ones do not
-- count. Two commits racing to open one for the same change: the second waits for the first, then fails with 23505 on
-- this index. It is also the index that finds a change's open rollback (the query repeats its WHERE clause).
CREATE UNIQUE INDEX IF NOT EXISTS ux_rollback_requests_open_change ON rollback_requests (change_id)
    WHERE status IN ('requested', 'approved', 'in_progress');
