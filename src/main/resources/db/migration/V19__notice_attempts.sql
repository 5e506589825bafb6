-- A notice is logged before it is handed to SMTP (status SENDING) and marked SENT after, so that a
-- retry after a crash or a dropped connection in between knows it may have left and sends it again
-- under the same Message-ID, for the receiver to drop the copy.
alter table notice_log add column message_id varchar(300);
alter table notice_log add column attempts integer default 1 not null;
