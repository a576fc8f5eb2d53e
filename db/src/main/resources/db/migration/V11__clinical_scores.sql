-- Clinical scores (DESIGN.md §3.3): withdrawal scales (COWS, CIWA-Ar) and screens (PHQ-9, GAD-7),
-- recorded per patient with the episode open when taken (none before admission). The item answers
-- are kept as given (in the instrument's item order) with the total and severity band computed from
-- them by the domain; the database re-checks what it can: item count, total range.
-- A positive PHQ-9 item 9 raises a safety flag on the patient, cleared only with a documented
-- safety assessment; at most one flag is open per patient.

create table clinical_score (
    id           uuid primary key,
    patient_id   uuid         not null references patient (id),
    episode_id   uuid         references episode (id),
    instrument   varchar(8)   not null check (instrument in ('COWS', 'CIWA_AR', 'PHQ9', 'GAD7')),
    taken_at     timestamptz  not null,
    items        varchar(40)  not null check (items ~ '^[0-9](,[0-9])*$'),
    total        smallint     not null,
    severity     varchar(20)  not null check (severity in (
                     'NONE', 'MINIMAL', 'MILD', 'MODERATE', 'MODERATELY_SEVERE', 'SEVERE')),
    recorded_by  varchar(100) not null,
    recorded_at  timestamptz  not null default now(),
    check (cardinality(string_to_array(items, ',')) = case instrument
        when 'COWS' then 11 when 'CIWA_AR' then 10 when 'PHQ9' then 9 else 7 end),
    check (total between 0 and case instrument
        when 'COWS' then 48 when 'CIWA_AR' then 67 when 'PHQ9' then 27 else 21 end)
);
create index clinical_score_patient_idx on clinical_score (patient_id, instrument, taken_at desc);

create table safety_flag (
    id           uuid primary key,
    patient_id   uuid         not null references patient (id),
    score_id     uuid         not null references clinical_score (id),
    reason       varchar(200) not null,
    raised_at    timestamptz  not null,
    cleared_at   timestamptz,
    cleared_by   varchar(100),
    assessment   varchar(2000),
    version      bigint       not null default 0,
    check ((cleared_at is null) = (cleared_by is null)),
    check (cleared_at is null or length(trim(assessment)) > 0)
);
create unique index safety_flag_one_open on safety_flag (patient_id) where cleared_at is null;
