-- The register of societies: one row per registered society, written in the same transaction as
-- the registrar's decision (or the deemed registration), so a registration number exists here
-- exactly when the society is registered. Imported societies have no application number.
create table society (
  registration_number varchar(60)  primary key,
  application_number  varchar(40)  unique,
  name                varchar(120) not null,
  society_type        varchar(16)  not null,
  state_code          varchar(2)   not null,
  district_code       varchar(16)  not null,
  area_of_operation   varchar(500),
  registered_on       date         not null,
  -- the registering officer's user id; null when the society was deemed registered
  registered_by       varchar(64),
  deemed              boolean      not null default false,
  -- printed on the certificate; lets anyone check a paper certificate against the register
  verification_code   varchar(16)  not null,
  bye_law_version     varchar(40),
  created_at          timestamp    not null
);

create index society_district on society (state_code, district_code);
