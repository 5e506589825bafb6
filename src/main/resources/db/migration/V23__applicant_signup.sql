-- A promoter's own sign-up: the Camunda user is created at once, with no group and no State, and
-- becomes an applicant of the chosen State only when both one-time codes (mailed, and sent by SMS)
-- come back. The codes are kept as hashes; a row whose codes have expired unverified frees its user
-- id and e-mail for a new sign-up.
create table applicant_signup (
  user_id           varchar(64)   primary key,
  email             varchar(254)  not null,
  mobile            varchar(10)   not null,
  state_code        varchar(8)    not null,
  email_code_hash   varchar(64)   not null,
  mobile_code_hash  varchar(64)   not null,
  codes_sent_at     timestamp     not null,
  codes_expire_at   timestamp     not null,
  wrong_tries       integer       default 0 not null,
  -- the client address that asked, to cap the sign-ups one address may start in an hour
  address           varchar(64)   not null,
  created_at        timestamp     not null,
  verified_at       timestamp
);

create index applicant_signup_address on applicant_signup (address, created_at);
create index applicant_signup_email on applicant_signup (email);
