#!/usr/bin/env bash
# Billing import benchmark: a generated 1,000,000-row FOCUS file; (a) Commons CSV parsing alone vs (b) the import's
# line path into PostgreSQL (127.0.0.1:5432, trust auth; creates and drops the database aif_bench), heap -Xmx256m.
# Usage: bench/billing-import.sh [rows]   (JAVA_OPTS=-Dnodb=true times the line path without the database)
set -euo pipefail
cd "$(dirname "$0")/.."
ROWS="${1:-1000000}"
mvn -B -q -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
java -Xmx256m ${JAVA_OPTS:-} -Drows="$ROWS" -cp "target/classes:target/test-classes:$(cat target/bench-classpath.txt)" org.aifootprint.bench.BillingImportBench
