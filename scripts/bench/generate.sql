-- ./continuum bench: a synthetic data set the size of a large provider, loaded set-based
-- (generate_series into temporary tables, then one INSERT … SELECT per table).
-- Variables (psql -v): sites, patients, episodes (target), mat_orders (target), as_of (the day the
-- data ends: episodes and orders still running then are open).
--
-- Shape: each patient has 1..k episodes one after the other (k averages episodes/patients); each
-- episode follows a level-of-care chain from a weighted list (WM→RES→IOP→OP→AC step-downs, step-ups
-- such as IOP→RES, single-level episodes, detox-only); readmissions come after gaps of 0–14 days
-- (same retention course) or longer; discharge reasons include DEATH (last episode only) and
-- INCARCERATED. MAT orders belong to opioid (and some alcohol) patients: chains of orders per
-- episode with gaps of 1–7 days (one MAT course) or longer, phases, stop reasons; some patients
-- without an order decline MAT.
\set ON_ERROR_STOP on
set client_min_messages = warning;
select setseed(0.20261206) \gset

-- Ids: a fixed prefix per table and a counter, so a run is recognisable and reproducible.
create or replace function pg_temp.bench_id(prefix text, n bigint) returns uuid
  language sql immutable as $$ select (prefix || '-0000-4000-8000-' || lpad(to_hex(n), 12, '0'))::uuid $$;

-- Sites -----------------------------------------------------------------------------------------
insert into site (id, code, name, time_zone)
select pg_temp.bench_id('b0000000', s), 'BENCH' || lpad(s::text, 3, '0'), 'Bench site ' || s,
       (array['America/New_York', 'America/Chicago', 'America/Denver', 'America/Los_Angeles'])[1 + s % 4]
from generate_series(1, :sites) s;

-- Patients --------------------------------------------------------------------------------------
create temp table bp as
select i,
       pg_temp.bench_id('b1000000', i) as id,
       pg_temp.bench_id('b0000000', 1 + i % :sites) as site_id,
       case when r < 0.22 then 'FENTANYL' when r < 0.38 then 'HEROIN' when r < 0.47 then 'OTHER_OPIOID'
            when r < 0.50 then 'METHADONE_NON_RX' when r < 0.68 then 'ALCOHOL'
            when r < 0.76 then 'METHAMPHETAMINE' when r < 0.82 then 'COCAINE'
            when r < 0.85 then 'OTHER_STIMULANT' when r < 0.89 then 'BENZODIAZEPINE'
            when r < 0.95 then 'CANNABIS' else 'OTHER' end as substance,
       -- 1 + floor(U·m) averages 1 + (m − 1)/2 = episodes/patients
       1 + floor(rk * greatest(2.0 * :episodes / :patients - 1, 1))::int as k,
       -- days between the last admission and as_of
       floor(ro * 1825)::int as last_offset
from (select i, random() as r, random() as rk, random() as ro from generate_series(1, :patients) i) g;

insert into patient (id, mrn, given_name, family_name, birth_date, sex_at_birth, primary_substance, site_id)
select id, 'B' || lpad(i::text, 9, '0'),
       (array['Alex', 'Sam', 'Jordan', 'Taylor', 'Morgan', 'Casey', 'Riley', 'Jamie', 'Avery', 'Quinn',
              'Dana', 'Robin', 'Chris', 'Pat', 'Lee', 'Drew'])[1 + i % 16],
       (array['Smith', 'Johnson', 'Williams', 'Brown', 'Jones', 'Garcia', 'Miller', 'Davis', 'Rodriguez',
              'Martinez', 'Hernandez', 'Lopez', 'Gonzalez', 'Wilson', 'Anderson', 'Thomas', 'Moore',
              'Jackson', 'Martin', 'Lee'])[1 + (i / 16) % 20],
       date '1950-01-01' + (i * 7919 % 20000)::int,
       (array['F', 'M', 'F', 'M', 'X', 'U', 'M', 'F'])[1 + i % 8],
       substance, site_id
from bp;

-- Level-of-care chains, weighted ----------------------------------------------------------------
create temp table tpl as
select t, levels,
       coalesce(sum(w) over (order by t rows between unbounded preceding and 1 preceding), 0) as lo,
       sum(w) over (order by t) as hi
from (values (1, '{WM,RES,IOP,OP,AC}'::text[], 0.14), (2, '{WM,RES,IOP,OP}', 0.06), (3, '{WM,RES}', 0.08),
             (4, '{WM}', 0.08), (5, '{RES,IOP,OP,AC}', 0.10), (6, '{RES,PHP,IOP,AC}', 0.05),
             (7, '{RES}', 0.05), (8, '{IOP,OP,AC}', 0.10), (9, '{IOP,RES,IOP,OP}', 0.05),
             (10, '{OP,IOP,OP}', 0.05), (11, '{OP}', 0.08), (12, '{IOP}', 0.06),
             (13, '{WM,IOP,OP,AC}', 0.05), (14, '{OP,AC}', 0.03), (15, '{PHP,IOP,OP}', 0.02))
     v(t, levels, w);
update tpl set hi = 1.0000001 where t = (select max(t) from tpl);

-- Episodes (one row per patient and episode number j) ---------------------------------------------
create temp table be as
select row_number() over (order by p.i, j) as n, p.i as pi, p.id as patient_id, p.site_id, p.substance,
       j, p.k, p.last_offset, random() as r_tpl, random() as r_gap, random() as r_gap2,
       random() as r_reason, random() as r_ref, random() as r_mat
from bp p cross join lateral generate_series(1, p.k) j;

-- Stays of each episode: levels from the chain, length by level
create temp table bs0 as
select e.n, x.ord::int as ord, x.lvl, random() as r
from be e join tpl on e.r_tpl >= tpl.lo and e.r_tpl < tpl.hi
cross join lateral unnest(tpl.levels) with ordinality x(lvl, ord);

create temp table bs as
select n, ord, lvl,
       case lvl when 'WM' then 3 + floor(r * 5) when 'RES' then 14 + floor(r * 32)
                when 'PHP' then 10 + floor(r * 21) when 'IOP' then 21 + floor(r * 46)
                when 'OP' then 30 + floor(r * 151) else 30 + floor(r * 91) end::int as dur
from bs0;

create temp table ba as
select e.*, l.len,
       case when e.j = 1 then 0
            when e.r_gap < 0.3 then floor(e.r_gap2 * 15)          -- readmission within 14 days
            else 15 + least(floor(-ln(1 - e.r_gap2) * 150), 1000) end::int as gap_before
from be e join (select n, sum(dur)::int as len from bs group by n) l using (n);

create temp table bep as
select n, pi, patient_id, site_id, substance, j, k, len, r_reason, r_ref, r_mat,
       admitted_on,
       case when admitted_on + len <= date :'as_of' then admitted_on + len end as discharged_on
from (
  select b.*,
         date :'as_of' - b.last_offset
           - (max(b.rel) over (partition by b.pi) - b.rel)::int as admitted_on
  from (select ba.*, (sum(gap_before + len) over (partition by pi order by j) - len) as rel from ba) b
) x;
create index on bep (n);

insert into episode (id, patient_id, admitted_on, discharged_on, discharge_reason, referral_source,
                     primary_counselor, prescriber)
select pg_temp.bench_id('b2000000', n), patient_id, admitted_on, discharged_on,
       case when discharged_on is null then null
            when r_reason < 0.45 then 'COMPLETED' when r_reason < 0.67 then 'LEFT_AGAINST_ADVICE'
            when r_reason < 0.72 then 'TERMINATED_BY_FACILITY' when r_reason < 0.80 then 'TRANSFERRED'
            when r_reason < 0.86 then 'INCARCERATED'
            when r_reason < 0.89 then case when j = k then 'DEATH' else 'OTHER' end
            else 'OTHER' end,
       (array['SELF', 'SUD_PROVIDER', 'OTHER_HEALTH_PROVIDER', 'SCHOOL', 'EMPLOYER', 'COMMUNITY',
              'CRIMINAL_JUSTICE', 'SELF', 'CRIMINAL_JUSTICE', 'OTHER_HEALTH_PROVIDER'])[1 + floor(r_ref * 10)::int],
       (array['carl.counselor', 'cora.counselor', 'pia.prescriber'])[1 + pi % 3],
       case when substance in ('HEROIN', 'FENTANYL', 'OTHER_OPIOID', 'METHADONE_NON_RX') then 'pia.prescriber' end
from bep;

-- Stays: contiguous inside the episode (a transition closes one and opens the next on one day);
-- the data ends at as_of (later stays dropped, the stay running then open).
insert into stay (id, episode_id, patient_id, level_of_care, site_id, start_on, end_on, entry_reason, seq)
select pg_temp.bench_id('b3000000', row_number() over (order by s.n, s.ord)),
       pg_temp.bench_id('b2000000', s.n), e.patient_id, s.lvl, e.site_id, s.start_on,
       case when s.end_on <= date :'as_of' then s.end_on end,
       case when s.prev is null then null
            when s.rank > s.prev_rank then 'STEP_DOWN' when s.rank < s.prev_rank then 'STEP_UP'
            else 'LATERAL' end,
       s.ord - 1
from (
  select bs.n, bs.ord, bs.lvl,
         e.admitted_on + (sum(bs.dur) over w - bs.dur)::int as start_on,
         e.admitted_on + (sum(bs.dur) over w)::int as end_on,
         lag(bs.lvl) over w as prev,
         array_position('{WM,RES,PHP,IOP,OP,AC}'::text[], bs.lvl) as rank,
         array_position('{WM,RES,PHP,IOP,OP,AC}'::text[], lag(bs.lvl) over w) as prev_rank
  from bs join bep e using (n)
  window w as (partition by bs.n order by bs.ord)
) s join bep e using (n)
where s.start_on <= date :'as_of';

-- MAT orders --------------------------------------------------------------------------------------
-- Per episode of an opioid patient (and a third of alcohol patients' episodes): 0..3 orders in a
-- chain starting at admission, the last one capped at the next admission (orders never overlap).
create temp table bme as
select e.*, lead(e.admitted_on) over (partition by e.pi order by e.j) as next_admit,
       e.substance in ('HEROIN', 'FENTANYL', 'OTHER_OPIOID', 'METHADONE_NON_RX') as oud
from bep e;
delete from bme where not oud and not (substance = 'ALCOHOL' and r_mat < 0.35);

create temp table bm0 as
select m.*, q, random() as ru, random() as rd, random() as rg, random() as rg2, random() as rm,
       random() as rs
from (select bme.*,
             -- floor(U·m) orders; m from the target, +15 % for orders lost to the caps below
             floor(random() * (2.0 * :mat_orders * 1.15 / (select count(*) from bme) + 1))::int as orders
      from bme) m
cross join lateral generate_series(1, m.orders) q;

create temp table bm as
select x.*, x.admitted_on + (sum(gap + dur) over w - dur)::int as start_on
from (
  select bm0.*,
         case when ru < 0.25 then 7 + floor(rd * 30) when ru < 0.65 then 30 + floor(rd * 150)
              else 180 + floor(rd * 400) end::int as dur,
         case when q = 1 then floor(rg * 5)
              when rg < 0.5 then 1 + floor(rg2 * 7)                -- same MAT course
              else 8 + least(floor(-ln(1 - rg2) * 120), 600) end::int as gap
  from bm0
) x
window w as (partition by n order by q);

create temp table bmo as
select row_number() over (order by n, q) as o, patient_id, oud, start_on,
       case when least(start_on + dur, next_admit) <= date :'as_of' then least(start_on + dur, next_admit) end as ended_on,
       rm, rs
from bm
where start_on <= date :'as_of' and (next_admit is null or start_on < next_admit);

insert into mat_order (id, patient_id, medication, dose, unit, prescriber, started_on, ended_on, stop_reason)
select pg_temp.bench_id('b4000000', o), patient_id, med,
       case med when 'METHADONE' then 60 + floor(rm * 60) when 'BUPRENORPHINE' then 8 + 4 * floor(rm * 5)
                when 'BUPRENORPHINE_XR' then 300 when 'NALTREXONE' then 50 else 380 end,
       'mg', 'pia.prescriber', start_on, ended_on,
       case when ended_on is null then null
            when rs < 0.20 then 'COMPLETED_TAPER' when rs < 0.45 then 'PATIENT_CHOICE'
            when rs < 0.50 then 'ADVERSE_EFFECT' when rs < 0.65 then 'TRANSFERRED_CARE'
            when rs < 0.90 then 'LOST_TO_FOLLOW_UP' else 'OTHER' end
from (select bmo.*,
             case when not oud then case when rm < 0.6 then 'NALTREXONE' else 'NALTREXONE_XR' end
                  when rm < 0.35 then 'METHADONE' when rm < 0.75 then 'BUPRENORPHINE'
                  when rm < 0.85 then 'BUPRENORPHINE_XR' when rm < 0.95 then 'NALTREXONE_XR'
                  else 'NALTREXONE' end as med
      from bmo) x;

-- Phases: induction at the start, stabilization after a week, maintenance after five, a taper in
-- the last two weeks of an order that ended by completed taper (each only when it has begun).
insert into mat_phase (id, order_id, phase, effective_on)
select pg_temp.bench_id('b5000000', row_number() over (order by o.started_on, o.id, ph.effective_on)),
       o.id, ph.phase, ph.effective_on
from mat_order o
cross join lateral (values ('INDUCTION', o.started_on), ('STABILIZATION', o.started_on + 7),
                           ('MAINTENANCE', o.started_on + 35),
                           ('TAPER', case when o.stop_reason = 'COMPLETED_TAPER' then o.ended_on - 14 end))
     ph(phase, effective_on)
where ph.effective_on is not null and ph.effective_on <= date :'as_of'
  and (ph.phase = 'INDUCTION' or ph.effective_on < coalesce(o.ended_on, date :'as_of' + 1))
  and (ph.phase <> 'TAPER' or ph.effective_on > o.started_on + 35);

-- MAT declined: half of the opioid episodes without an order, a few days after admission.
insert into mat_declined (id, patient_id, decided_on, recorded_by)
select pg_temp.bench_id('b6000000', row_number() over (order by n)), patient_id,
       admitted_on + floor(r_mat * 4)::int, 'pia.prescriber'
from bme
where oud and r_mat < 0.5 and admitted_on + floor(r_mat * 4)::int <= date :'as_of'
  and not exists (select 1 from bm0 where bm0.n = bme.n);
