#!/bin/bash
# Run once by the postgres image on an empty data directory: a database per service, owned by a
# role of the same name whose password comes from the environment (.env).
set -euo pipefail
for service in partners projects funding gateway; do
  variable="${service^^}_DB_PASSWORD"
  psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
    -v name="$service" -v password="${!variable:?$variable is not set}" <<'SQL'
CREATE ROLE :"name" LOGIN PASSWORD :'password';
CREATE DATABASE :"name" OWNER :"name";
SQL
done
