-- R90 baseline for ./continuum bench: DESIGN.md §4.1 as one hand-written query, written from the
-- definition (not copied from RetentionMeasure). psql variables: as_of, gap_days.
-- Rows: C|cohort|eligible|retained|excluded, L|level|…, T||… (the total).
with counted as (            -- 1. stays at counted levels started by asOf, end capped at asOf
  select patient_id, episode_id, level_of_care as lvl, start_on as s_on,
         case when end_on is null or end_on > date :'as_of' then date :'as_of' else end_on end as e_on
  from stay
  where level_of_care <> 'AC' and start_on <= date :'as_of'
), islands as (              -- 2. a stay opens a course when it starts more than gap days after
  select *,                  --    the latest end of the patient's earlier stays
         coalesce(s_on - max(e_on) over (partition by patient_id order by s_on, e_on
                                         rows between unbounded preceding and 1 preceding)
                  > :gap_days, true) as opens
  from counted
), numbered as (
  select *,
         count(*) filter (where opens) over (partition by patient_id order by s_on, e_on
                                             rows unbounded preceding) as course,
         coalesce(lead(opens) over (partition by patient_id order by s_on, e_on), true) as closes
  from islands
), courses as (              -- 3. start, latest end, level at start, episode of the last stay
  select patient_id, course, min(s_on) as c_start, max(e_on) as c_end,
         max(lvl) filter (where opens) as first_lvl,
         max(episode_id::text) filter (where closes) as last_episode
  from numbered
  group by patient_id, course
), judged as (               -- 4./5. observable, retained, excluded
  select to_char(c.c_start, 'YYYY-MM') as cohort, c.first_lvl,
         c.c_end - c.c_start >= 90 as retained,
         c.c_end - c.c_start < 90 and coalesce(e.discharged_on <= date :'as_of'
           and e.discharge_reason in ('DEATH', 'INCARCERATED'), false) as excluded
  from courses c join episode e on e.id = c.last_episode::uuid
  where c.c_start <= date :'as_of' - 90
)
select case when grouping(cohort) = 0 then 'C' when grouping(first_lvl) = 0 then 'L' else 'T' end
         || '|' || coalesce(cohort, first_lvl, '')
         || '|' || count(*) filter (where not excluded)
         || '|' || count(*) filter (where retained)
         || '|' || count(*) filter (where excluded)
from judged
group by grouping sets ((cohort), (first_lvl), ())
order by 1;
