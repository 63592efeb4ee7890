-- Where each conversation's dialogue stands: the flow in progress, its slots, the facts the person gave, and
-- any action waiting for their confirmation. Optimistic locking through version.
create table dialogue_state (
    conversation_id uuid primary key references conversation (id) on delete cascade,
    state           jsonb       not null,
    version         bigint      not null,
    updated_at      timestamptz not null
);

-- A record of every turn's steps: model calls with tokens and timing, tools with their result status,
-- guardrail outcomes. Ids and measurements only, never text, so it is safe to keep and to show to staff.
create table turn_trace (
    id              uuid primary key,
    conversation_id uuid        not null references conversation (id) on delete cascade,
    message_id      uuid        not null,
    reply_id        uuid,
    model           text        not null,
    fallback        boolean     not null,
    model_calls     integer     not null,
    tool_calls      integer     not null,
    input_tokens    bigint      not null,
    output_tokens   bigint      not null,
    cache_read_tokens  bigint   not null,
    cache_write_tokens bigint   not null,
    cost_pence      numeric(12, 4) not null,
    overhead_micros bigint      not null,
    total_millis    bigint      not null,
    outcome         text        not null,
    steps           jsonb       not null,
    started_at      timestamptz not null
);
create index turn_trace_conversation_idx on turn_trace (conversation_id, started_at);

-- Consequential actions the person was asked to confirm, and what they said. A side-effect tool runs only
-- against a row here with answer = 'confirmed'.
create table confirmation (
    id              uuid primary key,
    conversation_id uuid        not null references conversation (id) on delete cascade,
    tool            text        not null,
    arguments       jsonb       not null,
    summary         text        not null,
    answer          text        not null check (answer in ('pending', 'confirmed', 'declined', 'withdrawn')),
    asked_at        timestamptz not null,
    answered_at     timestamptz,
    executed_at     timestamptz
);
create index confirmation_conversation_idx on confirmation (conversation_id, asked_at);

-- Requests for a human adviser, made after the person confirmed. The staff console will read these.
create table handoff_request (
    id              uuid primary key,
    conversation_id uuid        not null references conversation (id) on delete cascade,
    reason          text        not null,
    status          text        not null,
    created_at      timestamptz not null
);
