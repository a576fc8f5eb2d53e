-- Continuum schema, part 3: the case workflow's history.
-- A stay records why it was entered (the direction of the transition; null for the admission),
-- the episode records its discharge note, every change is an episode event, and a discharge
-- schedules aftercare follow-up contacts at 30, 90 and 180 days.

alter table stay add column entry_reason varchar(16)
    check (entry_reason in ('STEP_DOWN', 'STEP_UP', 'LATERAL'));
alter table stay add column entry_note varchar(2000);
-- Position in the episode's chain: stays entered and left on one day share their dates.
alter table stay add column seq integer not null default 0;
alter table stay add constraint stay_seq_unique unique (episode_id, seq);
alter table episode add column discharge_note varchar(2000);
-- Set by every change of the episode or its stays, so each change bumps the version exactly once.
alter table episode add column last_changed_at timestamptz not null default now();

-- A transition closes one stay and opens the next in one transaction; the ORM may write the new
-- stay before it closes the old one. The overlap rule (which also implies one open stay per
-- episode) is therefore checked at the end of the change: services set it IMMEDIATE after their
-- writes, so a violation still surfaces inside the service call.
drop index stay_one_open_per_episode;
alter table stay drop constraint stay_no_overlap;
alter table stay add constraint stay_no_overlap exclude using gist (
    patient_id with =, daterange(start_on, end_on, '[)') with &&) deferrable initially deferred;

create table episode_event (
    id             uuid primary key,
    episode_id     uuid         not null references episode (id),
    kind           varchar(24)  not null check (kind in (
                       'ADMITTED', 'TRANSFERRED', 'DISCHARGED', 'TRANSITION_UNDONE', 'DISCHARGE_UNDONE',
                       'CARE_TEAM_CHANGED')),
    effective_on   date,
    level_of_care  varchar(3)   check (level_of_care in ('WM', 'RES', 'PHP', 'IOP', 'OP', 'AC')),
    site_id        uuid         references site (id),
    reason         varchar(32),
    note           varchar(2000),
    recorded_by    varchar(100) not null,
    recorded_at    timestamptz  not null default now()
);
create index episode_event_episode_idx on episode_event (episode_id, recorded_at);

create table follow_up (
    id                    uuid primary key,
    episode_id            uuid        not null references episode (id),
    patient_id            uuid        not null references patient (id),
    days_after_discharge  integer     not null check (days_after_discharge in (30, 90, 180)),
    due_on                date        not null,
    contacted_on          date,
    outcome               varchar(32) check (outcome in (
                              'REACHED_ABSTINENT', 'REACHED_USING', 'REACHED_IN_TREATMENT', 'NOT_REACHED',
                              'DECLINED', 'DECEASED')),
    note                  varchar(2000),
    version               bigint      not null default 0,
    unique (episode_id, days_after_discharge),
    check ((contacted_on is null) = (outcome is null))
);
create index follow_up_due_idx on follow_up (due_on) where contacted_on is null;
