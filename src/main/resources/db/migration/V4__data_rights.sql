-- Data rights: envelope encryption of personal data, the audit log and one-time "continue later" links.

-- Each person's data key (AES-256), wrapped by the master key named in master_key_id. Deleting a row destroys
-- the key, so every sealed value of that person, here or in a backup of the other tables, can no longer be read.
create table person_key (
    person_id     uuid primary key,
    wrapped_key   bytea       not null,
    master_key_id text        not null,
    created_at    timestamptz not null
);
create index person_key_master_idx on person_key (master_key_id);

-- What the person wrote and what was said back, sealed under the owner's key: a JSON object with the text and the
-- cards. Ids, roles, order and times stay in the clear so that history, replies and retention still work in SQL.
-- Rows written before this migration keep their plain text until they are deleted.
alter table message add column sealed bytea;
alter table message alter column text drop not null;
alter table message add constraint message_text_or_sealed check (text is not null or sealed is not null);

-- The dialogue state holds the facts the person gave (postcode, age, hours), so it is sealed too.
alter table dialogue_state add column sealed bytea;
alter table dialogue_state alter column state drop not null;
alter table dialogue_state add constraint dialogue_state_state_or_sealed check (state is not null or sealed is not null);

-- A confirmation's arguments and summary can repeat what the person said; the tool name and answer stay clear.
alter table confirmation add column sealed bytea;
alter table confirmation alter column arguments drop not null;
alter table confirmation alter column summary drop not null;

-- The audit log: consents, exports, erasures, staff access and settings changes. Append-only and hash-chained:
-- each row's hash covers the previous row's hash and its own content, so a changed, removed or inserted row
-- breaks the chain (see AuditChainVerifier). Ids and codes only, never what the person wrote.
create table audit_entry (
    seq        bigint primary key,
    id         uuid        not null unique,
    at         timestamptz not null,
    type       text        not null,
    subject    uuid,
    actor      text        not null,
    details    text        not null,
    prev_hash  bytea       not null,
    hash       bytea       not null
);
create index audit_entry_subject_idx on audit_entry (subject, seq);

create function audit_entry_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_entry is append-only: % is not allowed', tg_op using errcode = 'insufficient_privilege';
end;
$$;
create trigger audit_entry_no_update_or_delete before update or delete on audit_entry
    for each row execute function audit_entry_append_only();
create trigger audit_entry_no_truncate before truncate on audit_entry
    for each statement execute function audit_entry_append_only();

-- One-time tokens for "continue later" links sent by email or text. Only a hash of the token is kept; the
-- address it was sent to is never stored.
create table continue_link (
    token_hash  bytea primary key,
    person_id   uuid        not null,
    conversation_id uuid    not null references conversation (id) on delete cascade,
    channel     text        not null check (channel in ('email', 'sms')),
    created_at  timestamptz not null,
    expires_at  timestamptz not null,
    used_at     timestamptz
);
create index continue_link_person_idx on continue_link (person_id);
