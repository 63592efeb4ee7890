-- Signed-in citizens: one owner per identity-provider subject. Only a SHA-256 hash of issuer and subject is kept,
-- so the table cannot be joined to One Login's records without the subject itself.
create table citizen_account (
    id                uuid primary key,
    subject_hash      bytea       not null unique,
    created_at        timestamptz not null,
    last_signed_in_at timestamptz not null
);

-- HTTP sessions of signed-in people (and of a sign-in under way), shared by every instance through Spring Session.
-- The schema is Spring Session JDBC's own (schema-postgresql.sql), in lower case.
create table spring_session (
    primary_id            char(36)     not null,
    session_id            char(36)     not null,
    creation_time         bigint       not null,
    last_access_time      bigint       not null,
    max_inactive_interval int          not null,
    expiry_time           bigint       not null,
    principal_name        varchar(100),
    constraint spring_session_pk primary key (primary_id)
);
create unique index spring_session_ix1 on spring_session (session_id);
create index spring_session_ix2 on spring_session (expiry_time);
create index spring_session_ix3 on spring_session (principal_name);

create table spring_session_attributes (
    session_primary_id char(36)     not null,
    attribute_name     varchar(200) not null,
    attribute_bytes    bytea        not null,
    constraint spring_session_attributes_pk primary key (session_primary_id, attribute_name),
    constraint spring_session_attributes_fk foreign key (session_primary_id)
        references spring_session (primary_id) on delete cascade
);
