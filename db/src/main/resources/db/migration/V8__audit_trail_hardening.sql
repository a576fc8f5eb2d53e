-- Hardening of the audit trail (V6):
--
-- 1. Row hash format 2. Format 1 (the rows written so far) hashed the row's content without its id
--    and with a separator that a field could contain; a copy of a row inserted under a new id kept a
--    valid hash. Format 2 hashes a length-prefixed encoding that starts with the row's id, so a copied
--    row no longer verifies. Old rows keep format 1 and are still verified as such; the verifier
--    refuses a format-1 row chained after the first format-2 row.
-- 2. TRUNCATE is refused too (row triggers do not fire on it).
--
-- Privileges: the application connects as the owner of the table (Flyway migrates with the same
-- login), and an owner can always re-grant itself, so no REVOKE here would hold. In production run
-- migrations as the owner and the application as a separate login granted only
--     grant select, insert, update (chain_seq, chain_hmac) on audit_event to <app login>;
--     grant usage on sequence audit_event_id_seq to <app login>;
-- The trigger below and the keyed hash chain hold in either setup: an owner who disables the
-- trigger and edits rows is found out by the auditor's verification.

alter table audit_event add column hmac_format smallint not null default 1
    check (hmac_format in (1, 2));
alter table audit_event alter column hmac_format drop default;

create or replace function audit_event_append_only() returns trigger language plpgsql as $$
begin
    if tg_op in ('DELETE', 'TRUNCATE') then
        raise exception 'audit_event is append-only';
    end if;
    if old.chain_seq is not null
       or new.chain_seq is null or new.chain_hmac is null
       or (new.id, new.at, new.username, new.subject, new.action, new.patient_id, new.episode_id,
           new.outcome, new.break_glass, new.hmac_format, new.row_hmac)
          is distinct from
          (old.id, old.at, old.username, old.subject, old.action, old.patient_id, old.episode_id,
           old.outcome, old.break_glass, old.hmac_format, old.row_hmac) then
        raise exception 'audit_event is append-only: only linking a row into the chain is allowed';
    end if;
    return new;
end $$;

create trigger audit_event_no_truncate before truncate on audit_event
    for each statement execute function audit_event_append_only();
