"""An audit split into shards that run in separate processes and share one log directory.

A shard is the unit Inspect's eval sets already resume: one suite's task on one model (a joint
suite, which seats every model at one table, is one shard run once). Each shard is its own eval
set writing to the one shared log directory (a local path every process sees, or a remote one
such as `s3://bucket/audit`), with the task arguments and generation settings a
single-process run uses, so Inspect identifies its log exactly as it would in one process: a rerun
(with any number of workers, or none) skips the shards that finished and resumes the rest, and
the report, export and compare read the directory unchanged.

Shards are not cut finer than (suite, model). Inspect tells a task's logs apart by task name,
arguments, model and settings, not by which of its samples ran, and every reader takes one
(model, suite) group's samples from that group's logs; an item shard would need a shard argument
in the task (so a log of another split, or of a single-process run, would not be reused) and would
have to keep each suite's matched pairs together (censorship's item and its control,
evenhandedness's pair, a deception game's table). The (suite, model) unit keeps every pairing in
one log by construction; item shards are left for when one suite on one model outgrows a process.
"""

from evenhand.shards._backends import SHARD_RETRIES, Backend, LocalBackend, RayBackend
from evenhand.shards._plan import (
    ConnectionPlan,
    Shard,
    ShardOutcome,
    plan_connections,
    plan_shards,
)
from evenhand.shards._run import forwarded_environment, run_shard, run_shards
from evenhand.shards._staging import STAGING, stage_shards, sweep_staging, unstage

__all__ = [
    "SHARD_RETRIES",
    "STAGING",
    "Backend",
    "ConnectionPlan",
    "LocalBackend",
    "RayBackend",
    "Shard",
    "ShardOutcome",
    "forwarded_environment",
    "plan_connections",
    "plan_shards",
    "run_shard",
    "run_shards",
    "stage_shards",
    "sweep_staging",
    "unstage",
]
