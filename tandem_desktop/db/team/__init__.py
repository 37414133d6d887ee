"""A team of laptops sharing one programme through a team folder (docs/team.md). `worker` runs in a child
process and imports APSW: nothing else here imports it."""
