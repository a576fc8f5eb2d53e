-- The work list: due work surfaced to the primary counselor (follow-up contacts after discharge,
-- treatment-plan reviews by level of care). Items are created by a scheduled job; `ref` names what
-- is due, so creating an item twice (two instances, a rerun, catch-up at start) is harmless.

create table work_item (
    id           uuid primary key,
    kind         varchar(16)  not null check (kind in ('FOLLOW_UP', 'PLAN_REVIEW')),
    ref          varchar(120) not null unique,
    patient_id   uuid         not null references patient (id),
    episode_id   uuid         not null references episode (id),
    due_on       date         not null,
    assigned_to  varchar(100),
    created_at   timestamptz  not null default now(),
    done_at      timestamptz,
    done_by      varchar(100),
    version      bigint       not null default 0,
    check ((done_at is null) = (done_by is null))
);
create index work_item_open_idx on work_item (assigned_to, due_on) where done_at is null;
