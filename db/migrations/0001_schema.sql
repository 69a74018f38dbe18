-- Opleidingsmakelaar, schema 1: the whole mission, not only the catalogue.
-- Conventions: every user-editable table has a UUID text key `id`, `created_at` and `updated_at`
-- in UTC (ISO 8601, 'Z'), and a soft-delete marker `deleted_at` (NULL = alive).
-- Money is in integer cents; lists are JSON arrays of vocabulary codes or texts.

CREATE TABLE providers (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    name_key TEXT NOT NULL UNIQUE,          -- casefolded name: one provider per name
    kind TEXT,                              -- roc, aoc, vakinstelling, hogeschool, universiteit, particulier
    crkbo INTEGER,                          -- 1 registered with CRKBO, 0 not, NULL unknown
    funded INTEGER,                         -- 1 government-funded (bekostigd), 0 not, NULL unknown
    city TEXT,
    url TEXT,
    notes TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT
);

CREATE TABLE locations (
    id TEXT PRIMARY KEY,
    provider_id TEXT NOT NULL REFERENCES providers(id),
    name TEXT,
    address TEXT,
    postcode TEXT,
    city TEXT NOT NULL,
    latitude REAL,
    longitude REAL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT
);
CREATE INDEX locations_provider ON locations(provider_id);

CREATE TABLE import_batches (
    id TEXT PRIMARY KEY,
    file_name TEXT NOT NULL,
    format TEXT NOT NULL,                   -- csv-v1, xlsx-v1, ...
    started_at TEXT NOT NULL,
    finished_at TEXT,
    status TEXT NOT NULL,                   -- done, refused, undone
    rows_total INTEGER NOT NULL DEFAULT 0,
    rows_inserted INTEGER NOT NULL DEFAULT 0,
    rows_updated INTEGER NOT NULL DEFAULT 0,
    rows_skipped INTEGER NOT NULL DEFAULT 0,
    messages TEXT NOT NULL DEFAULT '[]',    -- JSON list of rendered problems (Dutch)
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT
);

CREATE TABLE offerings (
    num INTEGER PRIMARY KEY,                -- stable integer key for the full-text index
    id TEXT NOT NULL UNIQUE,
    provider_id TEXT NOT NULL REFERENCES providers(id),
    code TEXT NOT NULL,
    code_key TEXT NOT NULL,                 -- casefolded code: (provider, code) is unique
    title TEXT NOT NULL,
    type TEXT NOT NULL,
    level TEXT NOT NULL,
    sector TEXT,
    description TEXT,
    outcomes TEXT NOT NULL DEFAULT '[]',    -- JSON list of learning outcomes / competences
    keywords TEXT NOT NULL DEFAULT '[]',    -- JSON list of search words
    qualification_code TEXT,
    hours INTEGER,
    ec REAL,
    duration_weeks INTEGER,
    delivery TEXT NOT NULL DEFAULT '[]',    -- JSON list of delivery codes
    schedule TEXT NOT NULL DEFAULT '[]',    -- JSON list of schedule codes
    city TEXT,
    location_id TEXT REFERENCES locations(id),
    price_cents INTEGER,                    -- per participant, excluding VAT
    vat TEXT,                               -- vrijgesteld, 0, 9, 21
    continuous_intake INTEGER NOT NULL DEFAULT 0,
    credential TEXT,
    min_participants INTEGER,
    max_participants INTEGER,
    language TEXT,
    url TEXT,
    notes TEXT,                             -- the broker's own; never overwritten by an import
    tags TEXT NOT NULL DEFAULT '[]',        -- the broker's own; never overwritten by an import
    price_verified_at TEXT,
    import_batch_id TEXT REFERENCES import_batches(id),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT,
    UNIQUE (provider_id, code_key)
);
CREATE INDEX offerings_type ON offerings(type);
CREATE INDEX offerings_level ON offerings(level);
CREATE INDEX offerings_sector ON offerings(sector);
CREATE INDEX offerings_city ON offerings(city);
CREATE INDEX offerings_price ON offerings(price_cents);
CREATE INDEX offerings_title ON offerings(title COLLATE NOCASE);

CREATE TABLE start_dates (
    id TEXT PRIMARY KEY,
    offering_id TEXT NOT NULL REFERENCES offerings(id) ON DELETE CASCADE,
    start_date TEXT NOT NULL,               -- ISO date
    end_date TEXT,
    location_id TEXT REFERENCES locations(id),
    status TEXT,                            -- gepland, vol, geannuleerd
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT
);
CREATE INDEX start_dates_offering ON start_dates(offering_id, start_date);
CREATE INDEX start_dates_date ON start_dates(start_date);

CREATE TABLE price_lines (
    id TEXT PRIMARY KEY,
    offering_id TEXT NOT NULL REFERENCES offerings(id) ON DELETE CASCADE,
    kind TEXT NOT NULL,                     -- lesgeld, materiaal, examen, ...
    description TEXT,
    amount_cents INTEGER NOT NULL,          -- excluding VAT
    vat TEXT,                               -- vrijgesteld, 0, 9, 21
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT
);
CREATE INDEX price_lines_offering ON price_lines(offering_id);

CREATE TABLE clients (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    kvk TEXT,                               -- KvK number, 8 digits
    sector TEXT,
    address TEXT,
    postcode TEXT,
    city TEXT,
    email TEXT,
    phone TEXT,
    notes TEXT,
    is_demo INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT
);
CREATE INDEX clients_name ON clients(name COLLATE NOCASE);

CREATE TABLE contacts (
    id TEXT PRIMARY KEY,
    client_id TEXT NOT NULL REFERENCES clients(id),
    name TEXT NOT NULL,
    role TEXT,
    email TEXT,
    phone TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT
);
CREATE INDEX contacts_client ON contacts(client_id);

CREATE TABLE intakes (
    id TEXT PRIMARY KEY,
    client_id TEXT NOT NULL REFERENCES clients(id),
    title TEXT,
    intake_date TEXT,
    status TEXT NOT NULL DEFAULT 'open',    -- open, afgerond
    notes TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT
);
CREATE INDEX intakes_client ON intakes(client_id);

-- One line of demand: every field of Demand JSON v1; `must` names the hard constraints.
CREATE TABLE demand_lines (
    id TEXT PRIMARY KEY,
    intake_id TEXT NOT NULL REFERENCES intakes(id),
    position INTEGER NOT NULL DEFAULT 0,
    title TEXT,
    text TEXT NOT NULL,
    competences TEXT NOT NULL DEFAULT '[]', -- JSON list
    sector TEXT,
    participants INTEGER,
    current_level TEXT,
    target_level TEXT,
    credential TEXT,
    delivery TEXT NOT NULL DEFAULT '[]',    -- JSON list
    schedule TEXT NOT NULL DEFAULT '[]',    -- JSON list
    city TEXT,
    max_distance_km INTEGER,
    budget_per_participant_cents INTEGER,
    start_after TEXT,
    start_before TEXT,
    must TEXT NOT NULL DEFAULT '[]',        -- JSON list of: level credential delivery schedule distance budget start sector
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT
);
CREATE INDEX demand_lines_intake ON demand_lines(intake_id, position);

-- Minimal on purpose (AVG): a name, a function and an e-mail address; never a BSN or health data.
CREATE TABLE participants (
    id TEXT PRIMARY KEY,
    client_id TEXT NOT NULL REFERENCES clients(id),
    demand_line_id TEXT REFERENCES demand_lines(id),
    name TEXT,
    function TEXT,
    email TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT
);
CREATE INDEX participants_client ON participants(client_id);

CREATE TABLE proposals (
    id TEXT PRIMARY KEY,
    client_id TEXT NOT NULL REFERENCES clients(id),
    intake_id TEXT REFERENCES intakes(id),
    number TEXT NOT NULL UNIQUE,            -- 2027-0001
    year INTEGER NOT NULL,
    sequence INTEGER NOT NULL,
    title TEXT,
    status TEXT NOT NULL DEFAULT 'concept', -- concept, verzonden, geaccepteerd, afgewezen, verlopen
    language TEXT NOT NULL DEFAULT 'nl',
    valid_until TEXT,
    current_version INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT,
    UNIQUE (year, sequence)
);
CREATE INDEX proposals_client ON proposals(client_id);
CREATE INDEX proposals_status ON proposals(status);

CREATE TABLE proposal_versions (
    id TEXT PRIMARY KEY,
    proposal_id TEXT NOT NULL REFERENCES proposals(id),
    version INTEGER NOT NULL,
    status TEXT NOT NULL DEFAULT 'concept',
    sent_at TEXT,
    snapshot TEXT,                          -- JSON: the frozen proposal as sent; NULL while concept
    total_excl_cents INTEGER,
    total_vat_cents INTEGER,
    total_incl_cents INTEGER,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT,
    UNIQUE (proposal_id, version)
);

CREATE TABLE proposal_lines (
    id TEXT PRIMARY KEY,
    version_id TEXT NOT NULL REFERENCES proposal_versions(id) ON DELETE CASCADE,
    position INTEGER NOT NULL DEFAULT 0,
    kind TEXT NOT NULL DEFAULT 'offering',  -- offering, programme, funding
    offering_id TEXT REFERENCES offerings(id),
    title TEXT NOT NULL,
    provider TEXT,
    participants INTEGER NOT NULL DEFAULT 1,
    price_cents INTEGER,                    -- per participant, excluding VAT
    group_price_cents INTEGER,              -- instead of price x participants, when agreed
    discount_cents INTEGER NOT NULL DEFAULT 0,
    vat TEXT,
    vat_reason TEXT,
    funding_scheme TEXT,
    notes TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT
);
CREATE INDEX proposal_lines_version ON proposal_lines(version_id, position);

CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL,                    -- JSON
    updated_at TEXT NOT NULL
);

CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    profile TEXT,                           -- the broker profile that acted
    action TEXT NOT NULL,                   -- insert, update, delete, import, ...
    table_name TEXT,
    record_id TEXT,
    details TEXT                            -- JSON
);
CREATE INDEX audit_log_record ON audit_log(table_name, record_id);
