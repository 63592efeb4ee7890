-- Pilot controls (docs/pilot.md). Nothing here holds what a person wrote.

-- The kill switch: one row per scope. Every request reads it, so flipping it on one instance takes effect on the
-- next request on every instance.
create table pilot_kill_switch (
    scope      text primary key check (scope in ('service', 'remote_model')),
    off        boolean not null,
    reason     text not null,
    changed_by text not null,
    changed_at timestamptz not null
);
insert into pilot_kill_switch (scope, off, reason, changed_by, changed_at)
values ('service', false, 'initial', 'system', now()), ('remote_model', false, 'initial', 'system', now());

-- Cohorts and their feature switches. rollout_percent takes that share of hash buckets (0-99), cohort by cohort in
-- name order. An invitation code is stored only as its SHA-256 hash.
create table pilot_cohort (
    name                 text primary key check (name ~ '^[a-z][a-z0-9_]{1,31}$'),
    model                text not null check (model in ('remote', 'offline')),
    tools                text[],
    memory               boolean not null,
    rollout_percent      integer not null default 0 check (rollout_percent between 0 and 100),
    invitation_code_hash text unique,
    updated_at           timestamptz not null
);

-- Which cohort each person (anonymous session owner) is in, once assigned. Assignments are kept, so that a person
-- stays in their cohort when the rollout changes.
create table pilot_assignment (
    owner_id    uuid primary key,
    cohort      text not null references pilot_cohort (name) on delete cascade,
    assigned_by text not null check (assigned_by in ('invitation', 'rollout')),
    assigned_at timestamptz not null
);

-- Outcomes for comparing cohorts: ids, a kind and a time, never text. The conversation id is random and not a
-- foreign key, so the row outlives the conversation and becomes anonymous once the conversation is erased.
create table pilot_outcome (
    id              bigserial primary key,
    conversation_id uuid not null,
    cohort          text not null,
    kind            text not null check (kind in ('turn', 'job_viewed', 'training_viewed', 'eligibility_checked',
                                                  'service_signposted', 'handoff_requested', 'conversation_resumed')),
    occurred_at     timestamptz not null
);
create index pilot_outcome_cohort_time on pilot_outcome (cohort, occurred_at);
create index pilot_outcome_conversation on pilot_outcome (conversation_id, occurred_at);

-- Thumbs up or down on a reply. The reason is a code from a fixed list, never free text.
create table pilot_feedback (
    reply_id        uuid primary key,
    conversation_id uuid not null,
    cohort          text not null,
    helpful         boolean not null,
    reason          text check (reason in ('wrong', 'unclear', 'not_relevant', 'too_long', 'helpful_links',
                                           'clear', 'other')),
    created_at      timestamptz not null
);

-- The cohort each conversation was started in, so outcomes can be counted by cohort without keeping who the person
-- is. Kept after the conversation is erased: the id is random and links to nothing then.
create table pilot_conversation (
    conversation_id uuid primary key,
    cohort          text not null,
    started_at      timestamptz not null
);
