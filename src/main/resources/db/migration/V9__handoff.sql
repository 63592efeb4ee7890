-- Human handoff (docs/handoff.md). A handoff_request row is one request for a person to take over a conversation,
-- from the moment it is opened until it is handed back or closed. It holds ids, codes and times; the adviser's
-- replies are messages in the conversation (role 'adviser'), sealed like every other message.
alter table handoff_request
    add column urgency            text        not null default 'routine'
        check (urgency in ('urgent', 'priority', 'routine')),
    add column opened_by          text        not null default 'person'
        check (opened_by in ('person', 'assistant', 'guardrail')),
    add column transcript_consent boolean     not null default false,
    add column consent_at         timestamptz,
    add column adviser_subject    text,
    add column adviser_name       text,
    add column taken_at           timestamptz,
    add column ended_at           timestamptz,
    add column outcome            text
        check (outcome in ('resolved', 'referred', 'callback_arranged', 'no_response', 'other')),
    add column updated_at         timestamptz;
update handoff_request set updated_at = created_at where updated_at is null;
alter table handoff_request alter column updated_at set not null;
update handoff_request set status = 'waiting' where status not in ('waiting', 'with_adviser', 'handed_back', 'closed');
alter table handoff_request add constraint handoff_request_status_check
    check (status in ('waiting', 'with_adviser', 'handed_back', 'closed'));

-- At most one open handoff per conversation, however many instances race to open one.
create unique index handoff_request_one_open_idx on handoff_request (conversation_id)
    where status in ('waiting', 'with_adviser');
-- The queue: open handoffs by urgency, then by how long they have waited.
create index handoff_request_queue_idx on handoff_request (status, created_at);

-- Per conversation: the topic of the last turn (for the adviser's summary) and how many turns in a row had no
-- useful answer (repeated failure opens a handoff). Codes and counts only.
create table handoff_conversation_watch (
    conversation_id uuid primary key references conversation (id) on delete cascade,
    last_topic      text    not null,
    unhelpful_turns integer not null
);

-- When each caseworker was last seen working the queue, so that a person can be told honestly whether anyone is
-- there. The subject is the identity provider's id for the member of staff, never their name or email.
create table handoff_adviser_presence (
    subject text primary key,
    seen_at timestamptz not null
);

-- Replies from a named adviser are messages too.
alter table message drop constraint message_role_check;
alter table message add constraint message_role_check check (role in ('user', 'assistant', 'adviser'));
