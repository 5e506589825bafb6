-- Serial numbers per scope (acknowledgements, registration numbers); one row per scope,
-- incremented under a row lock in the transaction that uses the number, so numbers are gap-free.
create table number_sequence (
  scope      varchar(80) primary key,
  last_value bigint      not null
);

-- Every application received, whichever front end submitted it.
create table application_register (
  application_number  varchar(40)  primary key,
  process_instance_id varchar(64)  not null,
  process_key         varchar(64)  not null,
  society_type        varchar(16)  not null,
  society_name        varchar(120) not null,
  state_code          varchar(2)   not null,
  district_code       varchar(16)  not null,
  applicant_id        varchar(64),
  submitted_at        timestamp    not null
);

create unique index application_register_instance on application_register (process_instance_id);
create index application_register_district on application_register (district_code, submitted_at);
