-- Remembered facts: one fact per person and category, under the person's control. The value is held in one
-- text column (JSON) and read and written only by memory.internal.FactStore, so that it can move to the
-- encrypted form in one place.
create table memory_fact (
    id                     uuid primary key,
    owner_id               uuid        not null,
    category               text        not null,
    value                  text        not null,
    sensitivity            text        not null check (sensitivity in ('normal', 'special_category')),
    source_conversation_id uuid        references conversation (id) on delete set null,
    source_message_id      uuid,
    saved_at               timestamptz not null,
    updated_at             timestamptz not null,
    expires_at             timestamptz,
    unique (owner_id, category)
);

-- Whether memory is on for a person. No row means on.
create table memory_setting (
    owner_id   uuid primary key,
    enabled    boolean     not null,
    updated_at timestamptz not null
);

-- Conversations that neither read nor write memory.
create table memory_private_conversation (
    conversation_id uuid primary key references conversation (id) on delete cascade,
    owner_id        uuid        not null,
    created_at      timestamptz not null
);
create index memory_private_conversation_owner_idx on memory_private_conversation (owner_id);

-- Explicit consent for special-category facts (health and the like): given, refused or withdrawn, with the
-- words the person was shown. No fact values here.
create table memory_consent (
    id              uuid primary key,
    owner_id        uuid        not null,
    category        text        not null,
    decision        text        not null check (decision in ('given', 'refused', 'withdrawn')),
    wording         text        not null,
    conversation_id uuid,
    message_id      uuid,
    recorded_at     timestamptz not null
);
create index memory_consent_owner_idx on memory_consent (owner_id, recorded_at);

-- The edit history the person can see: what changed, where and when. It never holds values, so a deleted
-- fact leaves nothing readable behind.
create table memory_event (
    id          uuid primary key,
    seq         bigint generated always as identity,
    owner_id    uuid        not null,
    fact_id     uuid,
    category    text,
    action      text        not null,
    channel     text        not null,
    happened_at timestamptz not null
);
create index memory_event_owner_idx on memory_event (owner_id, seq);

-- A yes-or-no question about memory the assistant has just asked in a conversation (forget these facts, or
-- may I remember this special-category fact). At most one per conversation; answered or dropped next turn.
create table memory_question (
    conversation_id uuid primary key references conversation (id) on delete cascade,
    kind            text        not null check (kind in ('forget', 'forget_all', 'consent')),
    categories      text        not null,
    asked_at        timestamptz not null
);

-- Resume codes: short codes a person writes down to carry a conversation to another device. Stored only as a
-- hash; single use; they expire.
create table resume_code (
    code_hash       bytea primary key,
    conversation_id uuid        not null references conversation (id) on delete cascade,
    owner_id        uuid        not null,
    created_at      timestamptz not null,
    expires_at      timestamptz not null
);
create index resume_code_conversation_idx on resume_code (conversation_id);
