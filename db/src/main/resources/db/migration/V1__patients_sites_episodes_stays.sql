-- Continuum schema, part 1: sites, patients, episodes of care and their stays.
-- The database enforces what it can: codes by CHECK, one open episode per patient,
-- one open stay per episode, and no overlapping stays for a patient (exclusion constraint).

create extension if not exists btree_gist;

create table site (
    id          uuid primary key,
    code        varchar(16)  not null unique check (code ~ '^[A-Z0-9][A-Z0-9_-]{1,15}$'),
    name        varchar(120) not null check (length(trim(name)) > 0),
    time_zone   varchar(64),
    version     bigint       not null default 0
);

insert into site (id, code, name) values ('00000000-0000-0000-0000-000000000001', 'MAIN', 'Main Campus');

create sequence patient_mrn_seq start with 1000;

create table patient (
    id                uuid primary key,
    mrn               varchar(20)  not null unique,
    given_name        varchar(100) not null check (length(trim(given_name)) > 0),
    family_name       varchar(100) not null check (length(trim(family_name)) > 0),
    birth_date        date         not null check (birth_date >= date '1900-01-01'),
    sex_at_birth      char(1)      not null check (sex_at_birth in ('F', 'M', 'X', 'U')),
    primary_substance varchar(20)  not null check (primary_substance in (
                          'HEROIN', 'FENTANYL', 'OTHER_OPIOID', 'METHADONE_NON_RX', 'ALCOHOL', 'COCAINE',
                          'METHAMPHETAMINE', 'OTHER_STIMULANT', 'BENZODIAZEPINE', 'CANNABIS', 'OTHER')),
    site_id           uuid         not null references site (id),
    registered_at     timestamptz  not null default now(),
    version           bigint       not null default 0
);
create index patient_name_idx on patient (lower(family_name), lower(given_name));
create index patient_site_idx on patient (site_id);

create table episode (
    id                 uuid primary key,
    patient_id         uuid        not null references patient (id),
    admitted_on        date        not null,
    discharged_on      date,
    discharge_reason   varchar(32) check (discharge_reason in (
                           'COMPLETED', 'LEFT_AGAINST_ADVICE', 'TERMINATED_BY_FACILITY', 'TRANSFERRED',
                           'INCARCERATED', 'DEATH', 'OTHER')),
    referral_source    varchar(32) not null check (referral_source in (
                           'SELF', 'SUD_PROVIDER', 'OTHER_HEALTH_PROVIDER', 'SCHOOL', 'EMPLOYER', 'COMMUNITY',
                           'CRIMINAL_JUSTICE')),
    primary_counselor  varchar(100),
    prescriber         varchar(100),
    created_at         timestamptz not null default now(),
    version            bigint      not null default 0,
    unique (id, patient_id),
    check ((discharged_on is null) = (discharge_reason is null)),
    check (discharged_on is null or discharged_on >= admitted_on)
);
-- At most one open episode per patient (DESIGN.md §3.2).
create unique index episode_one_open_per_patient on episode (patient_id) where discharged_on is null;
create index episode_counselor_idx on episode (primary_counselor);
create index episode_prescriber_idx on episode (prescriber);

create table stay (
    id             uuid primary key,
    episode_id     uuid       not null,
    patient_id     uuid       not null,
    level_of_care  varchar(3) not null check (level_of_care in ('WM', 'RES', 'PHP', 'IOP', 'OP', 'AC')),
    site_id        uuid       not null references site (id),
    start_on       date       not null,
    end_on         date,
    foreign key (episode_id, patient_id) references episode (id, patient_id),
    check (end_on is null or end_on >= start_on),
    -- [start_on, end_on): stays of one patient never overlap, across all of their episodes.
    constraint stay_no_overlap exclude using gist (
        patient_id with =, daterange(start_on, end_on, '[)') with &&)
);
create unique index stay_one_open_per_episode on stay (episode_id) where end_on is null;
create index stay_episode_idx on stay (episode_id, start_on);
create index stay_open_idx on stay (level_of_care, site_id) where end_on is null;
