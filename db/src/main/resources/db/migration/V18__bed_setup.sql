-- Administrators set up the units and beds of a site (README "Units and beds").
--
-- A unit or bed is never deleted once it exists: stays reference stay.bed_id, so the history of who
-- lay where stays readable. Retiring takes it off the bed board and out of the free beds for good.
-- Names are unique among the units and beds in use (case-insensitive), so a retired name can be
-- given again; the V16 constraints over all rows give way to partial unique indexes.

alter table bed_unit add column retired_at timestamptz;
alter table bed add column retired_at timestamptz;

alter table bed_unit drop constraint bed_unit_site_id_name_key;
alter table bed drop constraint bed_unit_id_label_key;

create unique index bed_unit_name_per_site on bed_unit (site_id, lower(name)) where retired_at is null;
create unique index bed_label_per_unit on bed (unit_id, lower(label)) where retired_at is null;

