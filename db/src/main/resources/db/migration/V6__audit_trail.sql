-- The audit trail (DESIGN.md §5; 42 CFR Part 2): every read of a chart and every write, and every
-- refused attempt — who, what, which patient and episode, when, outcome, break-the-glass.
--
-- Tamper evidence: each row carries a keyed hash (HMAC-SHA256) of its own content, written in the
-- business transaction without any global lock; a single sequencer later links rows into a chain
-- (chain_seq, chain_hmac over the previous link and the row's hash). The key is not in the
-- database. Rows are append-only: a trigger refuses deletes and any update except the one-time
-- linking of a row into the chain.

create table audit_event (
    id           bigserial primary key,
    at           timestamptz  not null,
    username     varchar(100) not null,
    subject      varchar(100),
    action       varchar(80)  not null,
    patient_id   uuid,
    episode_id   uuid,
    outcome      varchar(16)  not null check (outcome in ('SUCCESS', 'DENIED', 'NOT_FOUND', 'REFUSED', 'ERROR')),
    break_glass  boolean      not null default false,
    row_hmac     varchar(64)  not null,
    chain_seq    bigint unique,
    chain_hmac   varchar(64)
);
create index audit_event_patient_idx on audit_event (patient_id, at);
create index audit_event_at_idx on audit_event (at);
create index audit_event_unchained_idx on audit_event (id) where chain_seq is null;
create index audit_event_break_glass_idx on audit_event (at) where break_glass;

create function audit_event_append_only() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' then
        raise exception 'audit_event is append-only';
    end if;
    if old.chain_seq is not null
       or new.chain_seq is null or new.chain_hmac is null
       or (new.id, new.at, new.username, new.subject, new.action, new.patient_id, new.episode_id,
           new.outcome, new.break_glass, new.row_hmac)
          is distinct from
          (old.id, old.at, old.username, old.subject, old.action, old.patient_id, old.episode_id,
           old.outcome, old.break_glass, old.row_hmac) then
        raise exception 'audit_event is append-only: only linking a row into the chain is allowed';
    end if;
    return new;
end $$;

create trigger audit_event_append_only before update or delete on audit_event
    for each row execute function audit_event_append_only();
