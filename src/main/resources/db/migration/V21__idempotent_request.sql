-- A POST to the API sent with an Idempotency-Key: the first request's fingerprint and, once it has
-- succeeded, its answer, so that the same request sent again gets that answer and not a second case.
-- Kept 24 hours.
create table idempotent_request (
  user_id          varchar(64)    not null,
  idempotency_key  varchar(100)   not null,
  request_hash     varchar(64)    not null,
  -- PENDING while the first request is served, DONE with its answer
  status           varchar(16)    not null,
  response_status  integer,
  response_type    varchar(200),
  response_location varchar(500),
  response_body    varchar(20000),
  created_at       timestamp      not null,
  primary key (user_id, idempotency_key)
);

create index idempotent_request_age on idempotent_request (created_at);
