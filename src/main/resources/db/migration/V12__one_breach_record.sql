-- One record of SLA breaches, the one the ministry reads: a step's breach on its insight_step row
-- (escalated to whom, when and how late), a statutory limit's on its insight_case row. sla_breach, which
-- nothing read, is folded in and dropped.
alter table insight_step add column escalated_to varchar(255);
alter table insight_step add column escalated_at timestamp;
alter table insight_case add column statutory_limit_due_at timestamp;
alter table insight_case add column statutory_limit_breached_at timestamp;
alter table insight_case add column statutory_limit_escalated_to varchar(255);
create index sla_breach_task on sla_breach (task_id);
create index sla_breach_instance on sla_breach (process_instance_id);

update insight_step set breached = true,
  escalated_to = (select max(b.escalated_to) from sla_breach b where b.task_id = insight_step.task_id),
  escalated_at = (select max(b.breached_at) from sla_breach b where b.task_id = insight_step.task_id),
  late_by_minutes = coalesce(late_by_minutes,
    (select max(b.late_by_minutes) from sla_breach b where b.task_id = insight_step.task_id))
where task_id in (select b.task_id from sla_breach b);

-- a statutory limit runs in the case's own instance or in a process it called
update insight_case set
  statutory_limit_due_at = (select max(b.due_at) from sla_breach b where b.task_id is null
    and (b.process_instance_id = insight_case.case_id or b.process_instance_id in
      (select s.process_instance_id from insight_step s where s.case_id = insight_case.case_id))),
  statutory_limit_breached_at = (select max(b.breached_at) from sla_breach b where b.task_id is null
    and (b.process_instance_id = insight_case.case_id or b.process_instance_id in
      (select s.process_instance_id from insight_step s where s.case_id = insight_case.case_id))),
  statutory_limit_escalated_to = (select max(b.escalated_to) from sla_breach b where b.task_id is null
    and (b.process_instance_id = insight_case.case_id or b.process_instance_id in
      (select s.process_instance_id from insight_step s where s.case_id = insight_case.case_id)))
where case_id in (select coalesce(s.case_id, b.process_instance_id) from sla_breach b
  left join insight_step s on s.process_instance_id = b.process_instance_id where b.task_id is null);

drop table sla_breach;
