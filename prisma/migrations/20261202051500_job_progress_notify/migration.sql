-- Job progress is pushed, not polled: every change of a job record is announced (at commit) on
-- the channel lexgraph_job_progress with the job's id; each API instance LISTENs once and fans out.
CREATE FUNCTION "lexgraph_notify_job_progress"() RETURNS trigger AS $$
BEGIN
  PERFORM pg_notify('lexgraph_job_progress', NEW.id::text);
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "BackgroundJob_notify_progress"
  AFTER INSERT OR UPDATE OF status, attempts, "progressDone", "progressTotal", "lastError", "runAt", "finishedAt", result
  ON "BackgroundJob"
  FOR EACH ROW EXECUTE FUNCTION "lexgraph_notify_job_progress"();
