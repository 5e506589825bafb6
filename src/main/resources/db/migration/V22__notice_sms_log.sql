-- The SMS beside a notice's mail, one row per notice key as in notice_log. A table of its own so
-- that each channel's delivery is recorded apart: a mail already SENT is not sent again when the
-- SMS fails and the step is retried, and the SMS, once SENT, not again when the mail fails.
create table notice_sms_log (
  notice_key          varchar(200)  primary key,
  process_instance_id varchar(64),
  business_key        varchar(64),
  notice              varchar(32)   not null,
  mobile              varchar(10)   not null,
  sms_text            varchar(1000) not null,
  -- SENDING (handed to the gateway, answer not had), SENT (accepted), RECORDED (no gateway)
  status              varchar(16)   not null,
  sent_at             timestamp     not null,
  attempts            integer       default 1 not null
);

create index notice_sms_log_instance on notice_sms_log (process_instance_id);
