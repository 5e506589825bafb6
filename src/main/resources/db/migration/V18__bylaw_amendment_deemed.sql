-- A bye-law amendment the Act deems registered (the higher officer's time after a referral ran
-- out): registered, by nobody's order (registered_by stays empty).
alter table bylaw_amendment add column deemed boolean default false not null;
