-- Callbacks and appointments (docs/appointments.md).

-- Times that caseworkers publish. The staff subject is the identity provider's id, never a name or an email.
create table appointment_slot (
    id            uuid primary key,
    kind          text        not null check (kind in ('phone', 'video', 'in_person')),
    starts_at     timestamptz not null,
    minutes       integer     not null check (minutes between 5 and 240),
    staff_subject text        not null,
    place         text        check (place is null or length(place) <= 200),
    created_at    timestamptz not null,
    withdrawn_at  timestamptz
);
create index appointment_slot_kind_time on appointment_slot (kind, starts_at);

-- Bookings. At most one live booking per slot, enforced here rather than in code, so that two instances booking
-- the same slot at the same moment cannot both succeed: the loser gets a unique violation. A move is an update of
-- slot_id under the same index. Cancelled rows are kept (for the person's history) until retention removes them.
-- The address for the confirmation is personal data, sealed under the person's own key (PersonalDataCipher).
create table appointment (
    id              uuid primary key,
    slot_id         uuid        not null references appointment_slot (id),
    owner_id        uuid        not null,
    conversation_id uuid,
    status          text        not null check (status in ('booked', 'cancelled')),
    contact_channel text        check (contact_channel in ('email', 'sms')),
    contact_sealed  bytea,
    booked_at       timestamptz not null,
    changed_at      timestamptz not null,
    language        text        not null default 'en' check (language in ('en', 'cy')),
    check ((contact_channel is null) = (contact_sealed is null))
);
create unique index appointment_one_live_booking_per_slot on appointment (slot_id) where status = 'booked';
create index appointment_owner on appointment (owner_id, booked_at);
