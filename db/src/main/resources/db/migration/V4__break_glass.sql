-- Break-the-glass: time-boxed access to a chart outside the caller's caseload, with a reason.
-- Every grant is listed for the auditor; access through it is flagged in the audit trail.

create table break_glass (
    id          uuid primary key,
    patient_id  uuid         not null references patient (id),
    username    varchar(100) not null,
    subject     varchar(100),
    reason      varchar(2000) not null check (length(trim(reason)) > 0),
    granted_at  timestamptz  not null,
    expires_at  timestamptz  not null,
    check (expires_at > granted_at)
);
create index break_glass_active_idx on break_glass (username, patient_id, expires_at);

-- The latest episode of each patient decides whose caseload the patient is on (DESIGN.md §5).
create index episode_patient_latest_idx on episode (patient_id, admitted_on desc);
