-- Anonymous citizen sessions. The bearer token is stored only as a SHA-256 hash.
create table citizen_session (
    id          uuid primary key,
    token_hash  bytea       not null unique,
    created_at  timestamptz not null,
    last_seen_at timestamptz not null
);

-- A conversation belongs to one owner (today an anonymous session; later a signed-in person).
create table conversation (
    id         uuid primary key,
    owner_id   uuid        not null,
    created_at timestamptz not null,
    updated_at timestamptz not null
);
create index conversation_owner_idx on conversation (owner_id);

-- Messages in the order they were written. The person's message is committed before any reply is made.
create table message (
    id              uuid primary key,
    seq             bigint generated always as identity unique,
    conversation_id uuid        not null references conversation (id) on delete cascade,
    role            text        not null check (role in ('user', 'assistant')),
    text            text        not null,
    reply_to        uuid        references message (id) on delete cascade,
    cards           jsonb       not null default '[]'::jsonb,
    created_at      timestamptz not null
);
create index message_conversation_idx on message (conversation_id, seq);
-- At most one reply to any message, however many instances race to answer it.
create unique index message_one_reply_idx on message (reply_to) where reply_to is not null;

-- Fixed-window request counters, shared by every instance.
create table rate_limit_window (
    bucket       text        not null,
    window_start timestamptz not null,
    hits         integer     not null,
    primary key (bucket, window_start)
);

-- Settings the service generates for itself on first start (for example the cookie-signing key when none is
-- configured), so that every instance sharing the database agrees on them.
create table app_setting (
    name  text primary key,
    value text not null
);
