-- Idempotent turns across instances (issue 10).

-- The id a client gives its message (the Idempotency-Key header, or the page form's hidden field). A double submit
-- or a retry after a timeout, to any instance and even at the same moment, finds the message already stored
-- instead of storing it again: the unique index decides, not any one instance.
alter table message add column client_message_id text;
create unique index message_client_id_idx on message (conversation_id, client_message_id)
    where client_message_id is not null;

-- Which turn is answering a person's message, until when. A turn claims the message when it stores it; a retry
-- on another instance may take over only once the claim has run out (the instance died mid-turn). The one-reply
-- index still guarantees a single stored reply if a slow turn outlives its claim.
alter table message add column reply_claimed_until timestamptz;
-- The instance holding the claim (InstanceLiveness): while that instance runs, it holds a PostgreSQL advisory lock,
-- so a claim whose instance died (even by kill -9) can be taken over at once instead of when it runs out.
alter table message add column reply_claimed_by integer;
