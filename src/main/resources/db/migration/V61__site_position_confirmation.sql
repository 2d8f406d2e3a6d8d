-- A planner's confirmation of a site's position: who confirmed it (their name as it was then), when, and on what
-- source ("Site visit", "Operator's safety report"). A confirmed position is no longer flagged approximate; moving
-- the site withdraws the confirmation.
alter table site add column position_confirmed_by varchar(100);
alter table site add column position_confirmed_at timestamp(6) with time zone;
alter table site add column position_confirmation_source varchar(200);

alter table site_aud add column position_confirmed_by varchar(100);
alter table site_aud add column position_confirmed_at timestamp(6) with time zone;
alter table site_aud add column position_confirmation_source varchar(200);
