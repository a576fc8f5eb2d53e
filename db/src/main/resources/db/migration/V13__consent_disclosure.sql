-- Consent and disclosure under 42 CFR Part 2 (DESIGN.md §3.3).
--
-- A consent holds every element §2.31(a) requires of a written consent: the patient (1), who may
-- make the disclosure (2), a specific description of the information (3), the recipient (4), the
-- purpose (5), the statement of the right to revoke in writing and how (6), an expiration date or
-- event (7), the signature of the patient or of a person authorized to sign for them (8), the date
-- signed (9), and the statements about redisclosure and about the consequences of refusing to sign.
-- expires_on is exclusive: the first day the consent no longer authorizes a disclosure.
--
-- A disclosure is one release of identifiable records outside the program, under a valid consent
-- or in a medical emergency (§2.51: the medical personnel and their affiliation, who disclosed,
-- when, and the nature of the emergency). It keeps the §2.32 notice printed with it. Together the
-- disclosures are the accounting of disclosures.
--
-- Both tables are append-only: a trigger refuses deletes, and any update of a consent except its
-- one-time revocation (revoked_at/revoked_by/revocation_reason, from empty to set).

create table consent (
    id                        uuid primary key,
    patient_id                uuid         not null references patient (id),
    discloser                 varchar(200) not null check (length(trim(discloser)) > 0),
    information               varchar(1000) not null check (length(trim(information)) > 0),
    recipient_kind            varchar(16)  not null check (recipient_kind in (
                                  'PAYER', 'PROVIDER', 'COURT', 'FAMILY', 'EMPLOYER', 'OTHER')),
    recipient_name            varchar(200) not null check (length(trim(recipient_name)) > 0),
    purpose                   varchar(24)  not null check (purpose in (
                                  'TREATMENT', 'PAYMENT', 'HEALTH_CARE_OPERATIONS',
                                  'PATIENT_REQUEST', 'CARE_COORDINATION', 'LEGAL', 'OTHER')),
    purpose_detail            varchar(500) not null check (length(trim(purpose_detail)) > 0),
    revocation_right_stated   boolean      not null check (revocation_right_stated),
    redisclosure_stated       boolean      not null check (redisclosure_stated),
    refusal_consequences_stated boolean    not null check (refusal_consequences_stated),
    expires_on                date,
    expiry_event              varchar(200),
    signed_by                 varchar(200) not null check (length(trim(signed_by)) > 0),
    signer_relation           varchar(24)  not null check (signer_relation in (
                                  'PATIENT', 'PARENT_OR_GUARDIAN', 'AUTHORIZED_REPRESENTATIVE',
                                  'PERSONAL_REPRESENTATIVE')),
    signed_on                 date         not null,
    recorded_by               varchar(100) not null,
    recorded_at               timestamptz  not null default now(),
    revoked_at                timestamptz,
    revoked_by                varchar(100),
    revocation_reason         varchar(500),
    version                   bigint       not null default 0,
    check (expires_on is not null or length(trim(coalesce(expiry_event, ''))) > 0),
    check (expires_on is null or expires_on > signed_on),
    check ((revoked_at is null) = (revoked_by is null)),
    check ((revoked_at is null) = (revocation_reason is null))
);
create index consent_patient_idx on consent (patient_id, signed_on);
create index consent_expiry_idx on consent (expires_on) where revoked_at is null;

create table disclosure (
    id                    uuid primary key,
    patient_id            uuid         not null references patient (id),
    basis                 varchar(20)  not null check (basis in ('CONSENT', 'MEDICAL_EMERGENCY')),
    consent_id            uuid         references consent (id),
    recipient_kind        varchar(16)  not null check (recipient_kind in (
                              'PAYER', 'PROVIDER', 'COURT', 'FAMILY', 'EMPLOYER', 'OTHER')),
    recipient_name        varchar(200) not null check (length(trim(recipient_name)) > 0),
    recipient_affiliation varchar(200),
    purpose               varchar(24)  not null check (purpose in (
                              'TREATMENT', 'PAYMENT', 'HEALTH_CARE_OPERATIONS',
                              'PATIENT_REQUEST', 'CARE_COORDINATION', 'LEGAL', 'OTHER')),
    description           varchar(1000) not null check (length(trim(description)) > 0),
    emergency             varchar(500),
    disclosed_at          timestamptz  not null,
    disclosed_on          date         not null,
    disclosed_by          varchar(100) not null,
    notice                text         not null,
    check ((basis = 'CONSENT') = (consent_id is not null)),
    check (basis = 'CONSENT' or (length(trim(coalesce(emergency, ''))) > 0
                                 and length(trim(coalesce(recipient_affiliation, ''))) > 0))
);
create index disclosure_patient_idx on disclosure (patient_id, disclosed_at);
create index disclosure_at_idx on disclosure (disclosed_at);

create function consent_append_only() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' then
        raise exception 'consent is append-only';
    end if;
    if old.revoked_at is not null
       or new.revoked_at is null
       or (to_jsonb(new) - 'revoked_at' - 'revoked_by' - 'revocation_reason' - 'version')
          is distinct from
          (to_jsonb(old) - 'revoked_at' - 'revoked_by' - 'revocation_reason' - 'version') then
        raise exception 'consent is append-only: only its one-time revocation may be recorded';
    end if;
    return new;
end $$;

create trigger consent_append_only before update or delete on consent
    for each row execute function consent_append_only();

create function disclosure_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'disclosure is append-only';
end $$;

create trigger disclosure_append_only before update or delete on disclosure
    for each row execute function disclosure_append_only();

create trigger consent_no_truncate before truncate on consent
    for each statement execute function disclosure_append_only();
create trigger disclosure_no_truncate before truncate on disclosure
    for each statement execute function disclosure_append_only();
