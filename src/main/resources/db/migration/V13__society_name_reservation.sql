-- A society's name is the State's to give once: the registrar reserves it for an application while
-- the application is open, keeps it for the society once registered, and holds a refused one's
-- until its appeal window closes. One row per application (the name it holds or held); the unique
-- key on (state, name key, held) lets one row at a time hold a name, even when two applications
-- are filed at the same moment; a released row keeps its history with held set to null.
create table society_name_reservation (
  application_number  varchar(40)  primary key,
  state_code          varchar(2)   not null,
  -- society.SocietyName.key: lower case, no spaces or punctuation, no trailing "Limited"
  name_key            varchar(480) not null,
  society_name        varchar(120) not null,
  -- OPEN (under consideration, or on appeal), REFUSED (held for an appeal until held_until),
  -- REGISTERED (the society's name), RELEASED
  status              varchar(16)  not null,
  held                char(1),
  held_until          date,
  registration_number varchar(60),
  reserved_at         timestamp    not null,
  released_at         timestamp,
  constraint society_name_held unique (state_code, name_key, held)
);

-- Registered societies, imported ones too, keep a name from being given again; filled by the
-- register and the import (rows from before this migration are keyed when the application starts)
alter table society add column name_key varchar(480);
create index society_name_key on society (state_code, name_key);
