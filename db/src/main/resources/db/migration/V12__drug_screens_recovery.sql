-- Drug screens and recovery support (12-step), DESIGN.md §3.3.
--
-- A drug screen belongs to the patient (like MAT). Each analyte's result is classified EXPECTED or
-- UNEXPECTED by the domain's ScreenPolicy against the MAT order active on the collection date; the
-- classification and the medication it was made against are stored with the result, so the
-- drug-screen report (§4.3) counts what the clinician saw.

create table drug_screen (
    id              uuid primary key,
    patient_id      uuid         not null references patient (id),
    collected_at    timestamp    not null,
    collected_on    date         not null generated always as (collected_at::date) stored,
    specimen        varchar(12)  not null check (specimen in ('URINE', 'ORAL_FLUID', 'BLOOD', 'HAIR')),
    observed        boolean      not null,
    mat_medication  varchar(20)  check (mat_medication in (
                        'METHADONE', 'BUPRENORPHINE', 'BUPRENORPHINE_XR', 'NALTREXONE', 'NALTREXONE_XR')),
    recorded_by     varchar(100) not null,
    recorded_at     timestamptz  not null default now(),
    version         bigint       not null default 0
);
create index drug_screen_patient_idx on drug_screen (patient_id, collected_at);
create index drug_screen_collected_idx on drug_screen (collected_on);

create table drug_screen_result (
    id           uuid primary key,
    screen_id    uuid        not null references drug_screen (id),
    analyte      varchar(20) not null check (analyte in (
                     'OPIATES', 'OXYCODONE', 'FENTANYL', 'BUPRENORPHINE', 'NORBUPRENORPHINE',
                     'METHADONE', 'EDDP', 'AMPHETAMINE', 'METHAMPHETAMINE', 'COCAINE',
                     'BENZODIAZEPINES', 'THC', 'ALCOHOL')),
    positive     boolean     not null,
    expectation  varchar(10) not null check (expectation in ('EXPECTED', 'UNEXPECTED')),
    unique (screen_id, analyte)
);

-- Recovery support: one profile per patient (sponsor, step, home group, sobriety date), the
-- meetings attended, and relapses (each resets the sobriety date; the previous one is kept here).
create table recovery_profile (
    patient_id      uuid primary key references patient (id),
    has_sponsor     boolean      not null default false,
    sponsor_since   date,
    current_step    smallint     check (current_step between 1 and 12),
    home_group      varchar(120),
    sobriety_date   date,
    version         bigint       not null default 0,
    check (has_sponsor or sponsor_since is null)
);

create table recovery_meeting (
    id            uuid primary key,
    patient_id    uuid         not null references patient (id),
    attended_on   date         not null,
    fellowship    varchar(8)   not null check (fellowship in ('NA', 'AA', 'HA', 'SMART', 'OTHER')),
    note          varchar(200),
    recorded_by   varchar(100) not null,
    recorded_at   timestamptz  not null default now()
);
create index recovery_meeting_patient_idx on recovery_meeting (patient_id, attended_on);

create table relapse (
    id                      uuid primary key,
    patient_id              uuid          not null references patient (id),
    occurred_on             date          not null,
    previous_sobriety_date  date,
    note                    varchar(2000),
    recorded_by             varchar(100)  not null,
    recorded_at             timestamptz   not null default now()
);
create index relapse_patient_idx on relapse (patient_id, occurred_on);
