-- The clinical record (issue 4) puts more kinds of due work on the work list: a safety check after
-- a positive PHQ-9 item 9, an overdue withdrawal reassessment during detox, a sobriety milestone,
-- a consent about to expire. One list of kinds, defined once here; `detail` says in a few words
-- what is due (e.g. "PHQ-9 item 9 = 2"), shown on the work list beside the kind.

alter table work_item alter column kind type varchar(24);
alter table work_item drop constraint work_item_kind_check;
alter table work_item add constraint work_item_kind_check check (kind in (
    'FOLLOW_UP', 'PLAN_REVIEW', 'SAFETY_CHECK', 'WITHDRAWAL_REASSESSMENT', 'SOBRIETY_MILESTONE',
    'CONSENT_EXPIRING'));
alter table work_item add column detail varchar(200);
