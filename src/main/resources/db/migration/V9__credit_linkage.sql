-- A society's credit linkage with its District Central Cooperative Bank: the borrowing limit its
-- general body fixed, its affiliation to the DCCB and the short-term credit limit sanctioned for a
-- financial year. One row per case; the society record shows the latest.
create table credit_linkage (
  process_instance_id  varchar(64)   primary key,
  application_number   varchar(40)   unique,
  registration_number  varchar(60)   not null references society (registration_number),
  dccb                 varchar(16)   not null,
  -- OPEN, AFFILIATED, SANCTIONED (then REFINANCED or NOT_REFINANCED), REFUSED, LAPSED, WITHDRAWN
  status               varchar(16)   not null,
  borrowing_limit      bigint,
  share_money_paid     bigint,
  affiliated_on        date,
  kcc_demand           bigint,
  sanctioned_limit     bigint,
  valid_until          date,
  reasons              varchar(2000),
  documents_executed_on date,
  refinance_eligible   boolean,
  refinance_reason     varchar(300),
  opened_at            timestamp     not null,
  closed_at            timestamp
);

create index credit_linkage_society on credit_linkage (registration_number, opened_at);
