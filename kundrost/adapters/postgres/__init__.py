"""PostgreSQL storage (asyncpg): the production adapter of the `UnitOfWork` port.

`PostgresDatabase` holds the pool and makes units of work; `migrate` applies the numbered
SQL files in `migrations/` to a schema. Personal data is encrypted through the `Cipher`
port before it reaches a table. See docs/storage.md.
"""

from kundrost.adapters.postgres.database import PostgresDatabase
from kundrost.adapters.postgres.migrations import migrate, migration_status
from kundrost.adapters.postgres.unit_of_work import PostgresUnitOfWork

__all__ = ["PostgresDatabase", "PostgresUnitOfWork", "migrate", "migration_status"]
