-- Data as a database at V2 holds it: one area with a small plan, written with plain SQL (no
-- Hibernate) and ids from the identity columns, as an earlier release would have left them.
-- Runs on H2 (PostgreSQL mode) and PostgreSQL.
insert into local_area (name, slug) values ('Oldtown', 'oldtown');

insert into organisation (area_id, name, short_name, kind)
select id, 'Oldtown Council', 'OTC', 'COUNCIL' from local_area where slug = 'oldtown';

insert into account (area_id, email, display_name, job_title, organisation_id, role, password_hash)
select a.id, 'officer@oldtown.test', 'Olive Oldfield', 'SEND lead', o.id, 'OFFICER', '{noop}not-used'
from local_area a join organisation o on o.area_id = a.id where a.slug = 'oldtown';

insert into plan (area_id, kind, title, period_text, start_date)
select id, 'IMPROVEMENT_PLAN', 'Oldtown SEND plan', '2025-27', date '2025-04-01' from local_area where slug = 'oldtown';

insert into status_label (area_id, plan_id, position, label, colour, description, complete)
select area_id, id, 0, 'Done', '#1d70b8', 'Finished', true from plan where title = 'Oldtown SEND plan';
insert into status_label (area_id, plan_id, position, label, colour, description, complete)
select area_id, id, 1, 'On track', '#00703c', 'Going well', false from plan where title = 'Oldtown SEND plan';

insert into priority (area_id, plan_id, position, number, title)
select area_id, id, 0, '1', 'Families know what is on offer' from plan where title = 'Oldtown SEND plan';

insert into outcome (area_id, priority_id, position, ref, text, impact)
select p.area_id, p.id, 0, '1.1', 'The local offer is easy to use', 'Fewer complaints' || chr(10) || 'More visits'
from priority p join plan pl on pl.id = p.plan_id where pl.title = 'Oldtown SEND plan';

insert into action (area_id, plan_id, priority_id, outcome_id, position, ref, title, lead_organisation_id,
        end_words, end_date, end_precision, status_label_id, status_date)
select pl.area_id, pl.id, p.id, o.id, 0, '1.1a', 'Rewrite the local offer with families', org.id,
        'Q4 2025', date '2026-03-31', 'QUARTER', s.id, date '2025-06-01'
from plan pl
join priority p on p.plan_id = pl.id
join outcome o on o.priority_id = p.id
join organisation org on org.area_id = pl.area_id and org.short_name = 'OTC'
join status_label s on s.plan_id = pl.id and s.label = 'On track'
where pl.title = 'Oldtown SEND plan';

insert into action_lead_officer (action_id, account_id)
select a.id, acc.id from action a join account acc on acc.area_id = a.area_id
where a.ref = '1.1a' and a.title = 'Rewrite the local offer with families' and acc.email = 'officer@oldtown.test';

insert into milestone (area_id, action_id, position, description, deadline_words, deadline_date, deadline_precision)
select area_id, id, 0, 'Workshop with the forum', 'Sept 2025', date '2025-09-30', 'MONTH'
from action where title = 'Rewrite the local offer with families';

insert into risk (area_id, action_id, position, description, consequence, likelihood, revised_consequence)
select area_id, id, 0, 'Families are not reached', 4, 3, 2
from action where title = 'Rewrite the local offer with families';
