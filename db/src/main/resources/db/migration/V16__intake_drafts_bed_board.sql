-- Intake as a guided flow (DESIGN.md §3.3) and the bed board of the 24-hour levels of care.
--
-- A bed is occupied while an open WM or RES stay holds it: occupancy is derived from stay.bed_id,
-- never stored, and the database refuses a second open stay in the same bed.

create table bed_unit (
    id             uuid primary key,
    site_id        uuid        not null references site (id),
    name           varchar(60) not null check (length(trim(name)) > 0),
    level_of_care  varchar(3)  not null check (level_of_care in ('WM', 'RES')),
    version        bigint      not null default 0,
    unique (site_id, name)
);

create table bed (
    id              uuid primary key,
    unit_id         uuid        not null references bed_unit (id),
    label           varchar(16) not null check (length(trim(label)) > 0),
    out_of_service  boolean     not null default false,
    version         bigint      not null default 0,
    unique (unit_id, label)
);

alter table stay add column bed_id uuid references bed (id);
alter table stay add constraint stay_bed_only_24_hour
    check (bed_id is null or level_of_care in ('WM', 'RES'));
-- A bed cannot be double-booked: at most one open stay holds it.
create unique index stay_bed_no_double_booking on stay (bed_id) where end_on is null and bed_id is not null;

-- An intake in progress: the steps' data as typed (JSON), saved at every step so nothing is lost
-- half-way; completed by the admission it led to, in the same transaction.
create table intake_draft (
    id            uuid primary key,
    owner         varchar(100) not null,
    display_name  varchar(210),
    step          varchar(16)  not null,
    data          jsonb        not null,
    patient_id    uuid references patient (id),
    created_at    timestamptz  not null default now(),
    updated_at    timestamptz  not null,
    completed_at  timestamptz,
    episode_id    uuid references episode (id),
    version       bigint       not null default 0,
    check ((completed_at is null) = (episode_id is null))
);
create index intake_draft_open_idx on intake_draft (updated_at desc) where completed_at is null;
