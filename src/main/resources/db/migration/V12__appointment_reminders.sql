-- When the reminder before a booking was sent (or claimed for sending by one instance); null until then. Moving a
-- booking clears it, so the new time gets its own reminder.
alter table appointment add column reminded_at timestamptz;
