-- A message may carry an iCalendar part (an invitation, its update or its cancellation), sent as text/calendar with
-- its METHOD beside the text, so that mail clients show it as a meeting.
alter table mail_outbox add column calendar_method varchar(20);
alter table mail_outbox add column calendar varchar(20000);
