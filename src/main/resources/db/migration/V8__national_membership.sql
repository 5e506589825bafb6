-- Applications of societies to the national cooperatives (NCEL, NCOL, BBSSL) and the memberships
-- they led to: the society record's national memberships.
create table national_membership (
  process_instance_id  varchar(64)  primary key,
  -- the case number (business key), e.g. RJ-UDR-NCEL-2026-000012; set in the start transaction
  application_number   varchar(40)  unique,
  registration_number  varchar(60)  not null references society (registration_number),
  national_society     varchar(8)   not null,
  -- OPEN, REFUSED (appealable, then final), ADMITTED, LAPSED (no reply to a query), WITHDRAWN (case deleted)
  status               varchar(16)  not null,
  -- 'Y' while the application is open (refusals included, until the appeal window closes) or
  -- the society is a member; null once the case has ended without admission. The unique key
  -- below therefore allows one open application or membership per society and national society
  -- (NULLs never collide, on H2 and PostgreSQL alike), and a concurrent second start fails on it.
  standing             char(1),
  membership_number    varchar(40)  unique,
  admitted_on          date,
  applied_at           timestamp    not null,
  closed_at            timestamp,
  outcome              varchar(200),
  constraint national_membership_one_standing unique (registration_number, national_society, standing)
);

create index national_membership_society on national_membership (registration_number);
