-- Reference lists an administrator uploads (holidays, working weeks): every version kept, with who
-- uploaded it and when; the calendar is the shipped files with the uploads applied in order.
create table reference_upload (
  dataset     varchar(32)     not null,
  version     integer         not null,
  uploaded_by varchar(64)     not null,
  uploaded_at timestamp       not null,
  row_count   integer         not null,
  summary     varchar(2000)   not null,
  content     varchar(1000000) not null,
  primary key (dataset, version)
);
