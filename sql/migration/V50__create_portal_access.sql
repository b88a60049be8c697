-- The portal and REST API (issue 13): who may log in, with which roles, for which organisations; the
-- API tokens of organisations; and the audit trail of logins, uploads, downloads, user and token changes.
-- The access feature numbers its migrations V50-V59.

create table app_user (
    user_id              bigint generated always as identity primary key,
    login                text not null check (login ~ '^[a-z0-9][a-z0-9._-]{1,63}$'),
    password_hash        text not null,
    -- A password set by someone else (users add, users reset, demo) must be replaced at the first login.
    must_change_password boolean not null default true,
    enabled              boolean not null default true,
    failed_logins        integer not null default 0 check (failed_logins >= 0),
    locked_until         timestamptz,
    created_at           timestamptz not null,
    password_changed_at  timestamptz not null,
    constraint app_user_login_unique unique (login)
);

create table app_user_role (
    user_id bigint not null references app_user on delete cascade,
    role    text not null check (role in ('SUBMITTER', 'REVIEWER', 'ANALYST', 'LEADER', 'ADMIN')),
    primary key (user_id, role)
);

-- Organisation codes, not ids: an organisation's versions (valid_from) share the code the user acts for.
create table app_user_organisation (
    user_id  bigint not null references app_user on delete cascade,
    org_code text not null check (org_code ~ '^[A-Z0-9_]+$'),
    primary key (user_id, org_code)
);

-- A token is shown once; only its SHA-256 is kept. It acts as a submitter of its one organisation.
create table api_token (
    token_id     bigint generated always as identity primary key,
    org_code     text not null check (org_code ~ '^[A-Z0-9_]+$'),
    token_sha256 char(64) not null check (token_sha256 ~ '^[0-9a-f]{64}$'),
    label        text,
    created_by   text not null,
    created_at   timestamptz not null,
    revoked_at   timestamptz,
    last_used_at timestamptz,
    constraint api_token_sha256_unique unique (token_sha256)
);

create table audit_event (
    event_id bigint generated always as identity primary key,
    at       timestamptz not null default now(),
    actor    text not null,
    address  text,
    action   text not null,
    target   text,
    detail   text
);
create index audit_event_at on audit_event (at);
create index audit_event_action on audit_event (action, at);
