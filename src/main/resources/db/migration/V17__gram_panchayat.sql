-- The gram panchayat a society serves, on its application and in the register of societies: the
-- national plan is one M-PACS per gram panchayat, so the registrar is shown a society or an open
-- application already serving the panchayat of a new M-PACS application. The key is the name as
-- names are compared (letters and digits, case folded); the LGD code is kept where the district's
-- list gives one. Applications and societies from before have none.
alter table application_register add column block varchar(80);
alter table application_register add column gram_panchayat varchar(80);
alter table application_register add column gram_panchayat_lgd_code integer;
alter table application_register add column gram_panchayat_key varchar(480);
alter table society add column block varchar(80);
alter table society add column gram_panchayat varchar(80);
alter table society add column gram_panchayat_lgd_code integer;
alter table society add column gram_panchayat_key varchar(480);

create index application_register_panchayat on application_register (state_code, district_code, gram_panchayat_key);
create index society_panchayat on society (state_code, district_code, gram_panchayat_key);
