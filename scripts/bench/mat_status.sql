-- MAT status baseline for ./continuum bench: DESIGN.md §4.2 as one hand-written query, written
-- from the definition (not copied from MatStatusMeasure). psql variable: as_of.
-- Rows: S|level|status|medication|phase|patients, O|oud patients|on MAT, K|starts|continuous.
with in_care as (            -- episode open at asOf, and the stay open at asOf (the new one on a
  select e.patient_id, e.admitted_on, s.level_of_care as lvl,   -- transition day)
         p.primary_substance in ('HEROIN', 'FENTANYL', 'OTHER_OPIOID', 'METHADONE_NON_RX') as oud
  from episode e
  join stay s on s.episode_id = e.id and s.start_on <= date :'as_of'
             and (s.end_on is null or s.end_on > date :'as_of')
  join patient p on p.id = e.patient_id
  where e.admitted_on <= date :'as_of' and (e.discharged_on is null or e.discharged_on > date :'as_of')
), active as (               -- the order active at asOf and its latest phase effective by then
  select distinct on (o.patient_id) o.patient_id, o.medication, ph.phase
  from mat_order o
  left join mat_phase ph on ph.order_id = o.id and ph.effective_on <= date :'as_of'
  where o.started_on <= date :'as_of' and (o.ended_on is null or o.ended_on > date :'as_of')
  order by o.patient_id, ph.effective_on desc nulls last
), stopped as (              -- an order ended within the 30 days before asOf
  select distinct patient_id from mat_order
  where ended_on > date :'as_of' - 30 and ended_on <= date :'as_of'
), status as (
  select ic.lvl, ic.oud, a.medication, a.phase,
         case when a.patient_id is not null then 'ACTIVE'
              when st.patient_id is not null then 'DISCONTINUED'
              when exists (select 1 from mat_declined d where d.patient_id = ic.patient_id
                             and d.decided_on between ic.admitted_on and date :'as_of') then 'DECLINED'
              else 'NONE' end as status
  from in_care ic
  left join active a on a.patient_id = ic.patient_id
  left join stopped st on st.patient_id = ic.patient_id
), oud_orders as (           -- continuity: every OUD patient's orders up to asOf, end capped
  select o.patient_id, o.started_on as s_on,
         case when o.ended_on is null or o.ended_on > date :'as_of' then date :'as_of' else o.ended_on end as e_on
  from mat_order o join patient p on p.id = o.patient_id
  where p.primary_substance in ('HEROIN', 'FENTANYL', 'OTHER_OPIOID', 'METHADONE_NON_RX')
    and o.started_on <= date :'as_of'
), islands as (
  select *, coalesce(s_on - max(e_on) over (partition by patient_id order by s_on
                                            rows between unbounded preceding and 1 preceding) > 7,
                     true) as opens
  from oud_orders
), mat_courses as (
  select patient_id, min(s_on) as c_start, max(e_on) as c_end
  from (select *, count(*) filter (where opens) over (partition by patient_id order by s_on
                                                      rows unbounded preceding) as course
        from islands) n
  group by patient_id, course
)
select 'S|' || lvl || '|' || status || '|' || coalesce(medication, '') || '|' || coalesce(phase, '')
         || '|' || count(*)
from status group by lvl, status, medication, phase
union all
select 'O|' || count(*) filter (where oud) || '|' || count(*) filter (where oud and status = 'ACTIVE')
from status
union all
select 'K|' || count(*) || '|' || count(*) filter (where c_end - c_start >= 180)
from mat_courses where c_start <= date :'as_of' - 180
order by 1;
