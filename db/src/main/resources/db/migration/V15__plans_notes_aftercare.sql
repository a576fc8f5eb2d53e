-- The clinical record around the episode, DESIGN.md §3.3: the treatment plan (problems tied to the
-- six ASAM dimensions, goals, measurable objectives with target dates, interventions, reviews), DAP
-- progress notes (immutable once signed; addenda instead) and group sessions, and the aftercare plan
-- (referrals) written at discharge. Follow-up contacts (V3) gain who recorded them.

create table treatment_plan (
    id                 uuid primary key,
    episode_id         uuid         not null unique references episode (id),
    patient_id         uuid         not null references patient (id),
    plan_date          date         not null,
    written_by         varchar(100) not null,
    patient_signed_on  date,
    last_reviewed_on   date,
    changed_at         timestamptz  not null default now(),
    version            bigint       not null default 0,
    check (patient_signed_on is null or patient_signed_on >= plan_date),
    check (last_reviewed_on is null or last_reviewed_on >= plan_date)
);
create index treatment_plan_patient_idx on treatment_plan (patient_id);

create table plan_problem (
    id         uuid primary key,
    plan_id    uuid          not null references treatment_plan (id),
    position   integer       not null,
    dimension  integer       not null check (dimension between 1 and 6),
    statement  varchar(1000) not null,
    unique (plan_id, position)
);

create table plan_goal (
    id          uuid primary key,
    problem_id  uuid          not null references plan_problem (id),
    position    integer       not null,
    statement   varchar(1000) not null,
    unique (problem_id, position)
);

create table plan_objective (
    id         uuid primary key,
    goal_id    uuid          not null references plan_goal (id),
    position   integer       not null,
    statement  varchar(1000) not null,
    target_on  date          not null,
    unique (goal_id, position)
);

create table plan_intervention (
    objective_id  uuid         not null references plan_objective (id),
    position      integer      not null,
    description   varchar(500) not null,
    primary key (objective_id, position)
);

create table plan_review (
    id           uuid primary key,
    plan_id      uuid          not null references treatment_plan (id),
    reviewed_on  date          not null,
    reviewed_by  varchar(100)  not null,
    summary      varchar(2000) not null,
    recorded_at  timestamptz   not null default now()
);
create index plan_review_plan_idx on plan_review (plan_id, reviewed_on);

create table group_session (
    id           uuid primary key,
    held_on      date          not null,
    topic        varchar(200)  not null,
    note         varchar(2000) not null,
    facilitator  varchar(100)  not null,
    recorded_at  timestamptz   not null default now()
);

create table progress_note (
    id                uuid primary key,
    patient_id        uuid          not null references patient (id),
    episode_id        uuid          not null references episode (id),
    session_on        date          not null,
    session_type      varchar(12)   not null check (session_type in ('INDIVIDUAL', 'GROUP', 'FAMILY')),
    attendance        varchar(12)   not null check (attendance in ('ATTENDED', 'NO_SHOW', 'EXCUSED')),
    data              varchar(4000) not null,
    assessment        varchar(4000),
    plan              varchar(4000),
    group_session_id  uuid          references group_session (id),
    author            varchar(100)  not null,
    signed_by         varchar(100),
    signed_at         timestamptz,
    version           bigint        not null default 0,
    check ((signed_by is null) = (signed_at is null)),
    check (group_session_id is null or session_type = 'GROUP'),
    unique (group_session_id, patient_id)
);
create index progress_note_patient_idx on progress_note (patient_id, session_on);

-- A signed note is the legal record: the database refuses to change or delete it, whoever asks.
create function progress_note_signed_is_final() returns trigger language plpgsql as $$
begin
    if old.signed_at is not null then
        raise exception 'progress note % is signed and cannot be changed', old.id
            using errcode = 'check_violation', constraint = 'progress_note_signed_is_final';
    end if;
    return case when tg_op = 'DELETE' then old else new end;
end $$;
create trigger progress_note_signed_is_final before update or delete on progress_note
    for each row execute function progress_note_signed_is_final();

create table note_addendum (
    id           uuid primary key,
    note_id      uuid          not null references progress_note (id),
    text         varchar(4000) not null,
    written_by   varchar(100)  not null,
    written_at   timestamptz   not null default now()
);
create index note_addendum_note_idx on note_addendum (note_id, written_at);

create table aftercare_plan (
    id          uuid primary key,
    episode_id  uuid         not null unique references episode (id),
    patient_id  uuid         not null references patient (id),
    planned_on  date         not null,
    written_by  varchar(100) not null,
    changed_at  timestamptz  not null default now(),
    version     bigint       not null default 0
);

create table aftercare_referral (
    id              uuid primary key,
    plan_id         uuid          not null references aftercare_plan (id),
    position        integer       not null,
    kind            varchar(20)   not null check (kind in (
                        'SOBER_LIVING', 'OUTPATIENT', 'MAT_PROVIDER', 'VOCATIONAL', 'TWELVE_STEP_GROUP')),
    provider        varchar(200)  not null,
    appointment_on  date,
    note            varchar(1000),
    unique (plan_id, position)
);

alter table follow_up add column recorded_by varchar(100);
