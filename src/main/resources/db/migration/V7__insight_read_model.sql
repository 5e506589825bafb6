-- The ministry's read model: one row per user task (step) of every case and one per case,
-- written by insight.ReadModelWriter in the engine's own transaction, so it never disagrees
-- with Camunda's history. Durations are stored in seconds so that the percentile aggregates
-- need no date arithmetic (which H2 and PostgreSQL spell differently).
create table insight_step (
  task_id             varchar(64)  primary key,
  -- the root process instance: a called registrar decision belongs to its registration case
  case_id             varchar(64)  not null,
  process_instance_id varchar(64)  not null,
  business_key        varchar(255),
  process_key         varchar(64)  not null,
  step                varchar(64)  not null,
  step_name           varchar(255),
  state_code          varchar(8),
  district_code       varchar(16),
  society_type        varchar(16),
  -- the groups that held the work when the step opened (comma-separated)
  candidate_group     varchar(255),
  assignee            varchar(64),
  created_at          timestamp    not null,
  due_at              timestamp,
  ended_at            timestamp,
  -- the engine's delete reason: 'completed', or why the task ended without completion
  end_reason          varchar(64),
  duration_seconds    bigint,
  -- completed after its due date; late_by_minutes says by how much
  breached            boolean      not null,
  late_by_minutes     bigint
);

-- open work per process and step (overdue = open and due before now)
create index insight_step_open on insight_step (ended_at, process_key, step, state_code, due_at);
-- finished work in a period, per process and step
create index insight_step_done on insight_step (end_reason, ended_at, process_key, step, state_code);
-- a district's steps (a district holds about 1/700 of the country's)
create index insight_step_district on insight_step (district_code, end_reason, ended_at);
create index insight_step_case on insight_step (case_id);

create table insight_case (
  case_id        varchar(64)  primary key,
  business_key   varchar(255),
  process_key    varchar(64)  not null,
  state_code     varchar(8),
  district_code  varchar(16),
  society_type   varchar(16),
  started_at     timestamp    not null,
  ended_at       timestamp,
  -- the step the case most recently reached, and since when
  stage          varchar(64),
  stage_since    timestamp
);

create index insight_case_open on insight_case (ended_at, state_code, started_at);
