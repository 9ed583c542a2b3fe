"""Portfolio runs on a task queue: Celery workers, a Redis (or RabbitMQ) broker, and the
history store on PostgreSQL as the shared result store.

- app.py: the Celery app from a broker URL, and the limits a site's budget sets;
- tasks.py: the per-site task, run by a warm SiteAuditor kept in each worker process;
- queue.py: the caller's side: record the run, send one task a site, wait, render;
- stored.py: the portfolio files of a run, written from the store (`prevet portfolio RUN_ID`);
- commands.py: `prevet worker`, and the --broker forms of `audit`, `drift` and `baseline`.
Without --broker nothing here is imported: a portfolio runs locally and needs no server.
"""
