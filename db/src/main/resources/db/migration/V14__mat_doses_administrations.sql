-- MAT dose-change history and dose administrations (DESIGN.md §3.3).
--
-- mat_dose: every dose an order had, from its effective date until the next change; the first is
-- the starting dose (no reason). The order's current dose (mat_order.dose/unit) is its latest
-- change. One change per order and day.
--
-- mat_administration: clinic-administered medication (methadone daily dosing, XR buprenorphine and
-- XR naltrexone injections): given, missed or refused on a date — at most one per order and day; a
-- dose only when given. That the date lies within the order's active dates and not in the future
-- is the domain's rule (MatOrder.administer).

create table mat_dose (
    id            uuid primary key,
    order_id      uuid          not null references mat_order (id),
    effective_on  date          not null,
    dose          numeric(8, 2) not null check (dose > 0),
    unit          varchar(16)   not null check (unit in ('mg', 'mg/mL', 'mcg')),
    changed_by    varchar(100)  not null,
    reason        varchar(200),
    constraint mat_dose_one_per_day unique (order_id, effective_on)
);

insert into mat_dose (id, order_id, effective_on, dose, unit, changed_by, reason)
select gen_random_uuid(), o.id, o.started_on, o.dose, o.unit, o.prescriber, null from mat_order o;

create table mat_administration (
    id            uuid primary key,
    order_id      uuid          not null references mat_order (id),
    patient_id    uuid          not null references patient (id),
    dosing_date   date          not null,
    status        varchar(8)    not null check (status in ('GIVEN', 'MISSED', 'REFUSED')),
    dose          numeric(8, 2) check (dose > 0),
    unit          varchar(16)   check (unit in ('mg', 'mg/mL', 'mcg')),
    recorded_by   varchar(100)  not null,
    recorded_at   timestamptz   not null default now(),
    note          varchar(500),
    check ((status = 'GIVEN') = (dose is not null and unit is not null)),
    constraint mat_administration_one_per_day unique (order_id, dosing_date)
);
create index mat_administration_patient_idx on mat_administration (patient_id, dosing_date);
