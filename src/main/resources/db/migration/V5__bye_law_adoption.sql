-- The society's secretary: the user who acts for an existing society (starts its bye-law
-- amendment, records its meetings). A society registered through Sahakar Flow also counts the
-- applicant of its registration case; imported societies get theirs from the import.
create table society_secretary (
  registration_number varchar(60) not null references society (registration_number),
  user_id             varchar(64) not null,
  primary key (registration_number, user_id)
);

create index society_secretary_user on society_secretary (user_id);

-- What the society's current bye-laws allow it to do (Model Bye-laws activity codes,
-- comma-separated) and when it adopted the Model Bye-laws; null until an amendment is registered.
alter table society add column adopted_activities varchar(2000);
alter table society add column model_bye_laws_adopted_on date;

-- Every bye-law amendment case of a society, open or closed: the society's amendment history and
-- the ministry's count of PACS that adopted, are adopting or have not started.
create table bylaw_amendment (
  case_number          varchar(40)  primary key,
  registration_number  varchar(60)  not null references society (registration_number),
  process_instance_id  varchar(64)  not null unique,
  -- OPEN, REGISTERED, or CLOSED (failed vote, lapsed, refusal final)
  status               varchar(16)  not null,
  directed             boolean      not null default false,
  started_at           timestamp    not null,
  closed_at            timestamp,
  outcome              varchar(200),
  adopted_activities   varchar(2000),
  bye_law_version      varchar(40),
  registered_on        date,
  registered_by        varchar(64)
);

create index bylaw_amendment_society on bylaw_amendment (registration_number, status);
