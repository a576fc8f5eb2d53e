-- Medication for opioid use disorder (MAT/MOUD), DESIGN.md §3.3: orders belong to the patient, not
-- to an episode. [started_on, ended_on): ended_on is the first day without the medication. A patient
-- has at most one active order at a time: orders of one patient never overlap.

create table mat_order (
    id            uuid primary key,
    patient_id    uuid          not null references patient (id),
    medication    varchar(20)   not null check (medication in (
                      'METHADONE', 'BUPRENORPHINE', 'BUPRENORPHINE_XR', 'NALTREXONE', 'NALTREXONE_XR')),
    dose          numeric(8, 2) not null check (dose > 0),
    unit          varchar(16)   not null check (unit in ('mg', 'mg/mL', 'mcg')),
    prescriber    varchar(100)  not null,
    started_on    date          not null,
    ended_on      date,
    stop_reason   varchar(24)   check (stop_reason in (
                      'COMPLETED_TAPER', 'PATIENT_CHOICE', 'ADVERSE_EFFECT', 'TRANSFERRED_CARE',
                      'LOST_TO_FOLLOW_UP', 'DECEASED', 'OTHER')),
    version       bigint        not null default 0,
    check ((ended_on is null) = (stop_reason is null)),
    check (ended_on is null or ended_on > started_on),
    constraint mat_order_one_active exclude using gist (
        patient_id with =, daterange(started_on, ended_on, '[)') with &&)
);
create index mat_order_patient_idx on mat_order (patient_id, started_on);

create table mat_phase (
    id            uuid primary key,
    order_id      uuid        not null references mat_order (id),
    phase         varchar(16) not null check (phase in ('INDUCTION', 'STABILIZATION', 'MAINTENANCE', 'TAPER')),
    effective_on  date        not null,
    unique (order_id, effective_on)
);

create table mat_declined (
    id           uuid primary key,
    patient_id   uuid         not null references patient (id),
    decided_on   date         not null,
    recorded_by  varchar(100) not null,
    recorded_at  timestamptz  not null default now()
);
create index mat_declined_patient_idx on mat_declined (patient_id, decided_on);
