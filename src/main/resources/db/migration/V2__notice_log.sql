-- One row per notice delivered (SENT by SMTP) or, without SMTP, RECORDED here in full. The key
-- (<executionId>:<activityId>:<visit>) is what keeps a retried send step from mailing twice.
create table notice_log (
  notice_key          varchar(200)  primary key,
  process_instance_id varchar(64),
  business_key        varchar(64),
  notice              varchar(32)   not null,
  recipients          varchar(2000) not null,
  subject             varchar(500)  not null,
  body                varchar(8000) not null,
  status              varchar(16)   not null,
  sent_at             timestamp     not null
);

create index notice_log_instance on notice_log (process_instance_id);
