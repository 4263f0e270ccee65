#!/bin/bash
# Generates the hostile-file corpus of the torture suite: one portfolio per kind of attack or damage,
# made from a real one (BASE) with the sqlite3 shell and dd, as someone would make them by hand.
#
#   scripts/torture/hostile-corpus.sh BASE.vigie OUT_DIR
#
# File names say what Vigie must do: refuse-*.vigie must be refused by every command and left byte for
# byte as it was; any-*.vigie may open (safely: no crash, no wrong figures) or be refused. A kind that
# needs something this sqlite3 lacks (FTS5) is skipped with a note.
set -euo pipefail
BASE=$1
OUT=$2
mkdir -p "$OUT"
rm -f "$OUT"/*.vigie "$OUT"/*-journal
PAGE=$(sqlite3 "$BASE" "PRAGMA page_size")
N=0

copy() { N=$((N + 1)); F=$(printf '%s/%s-%02d-%s.vigie' "$OUT" "$1" "$N" "$2"); cp "$BASE" "$F"; }
# Statements run on a plain connection (no Vigie defences), like an attacker's shell.
sq() { sqlite3 "$F" "$@" >/dev/null; }
# Writes bytes (given as printf escapes) at an offset of the file.
poke() { printf "$2" | dd of="$F" bs=1 seek="$1" conv=notrunc status=none; }
page_of() { sqlite3 "$BASE" "SELECT pageno FROM dbstat WHERE name = '$1' AND pagetype = '$2' ORDER BY path LIMIT 1"; }
zero_page() { dd if=/dev/zero of="$F" bs="$PAGE" seek=$(($1 - 1)) count=1 conv=notrunc status=none; }

# --- Triggers of every kind: SQLite fires them even with trusted_schema off.
copy refuse trigger-after-insert;  sq "CREATE TRIGGER t AFTER INSERT ON project BEGIN DELETE FROM measure; END"
copy refuse trigger-before-insert; sq "CREATE TRIGGER t BEFORE INSERT ON project BEGIN DELETE FROM organization; END"
copy refuse trigger-after-update;  sq "CREATE TRIGGER t AFTER UPDATE ON measure BEGIN DELETE FROM project; END"
copy refuse trigger-before-update; sq "CREATE TRIGGER t BEFORE UPDATE ON project BEGIN UPDATE portfolio SET name = 'x'; END"
copy refuse trigger-update-of;     sq "CREATE TRIGGER t AFTER UPDATE OF budget ON project BEGIN DELETE FROM baseline; END"
copy refuse trigger-after-delete;  sq "CREATE TRIGGER t AFTER DELETE ON decision BEGIN DELETE FROM project; END"
copy refuse trigger-before-delete; sq "CREATE TRIGGER t BEFORE DELETE ON project BEGIN SELECT RAISE(IGNORE); END"
copy refuse trigger-when;          sq "CREATE TRIGGER t AFTER UPDATE ON project WHEN new.budget > 0 BEGIN DELETE FROM envelope; END"
copy refuse trigger-on-journal;    sq "CREATE TRIGGER t AFTER INSERT ON change_journal BEGIN DELETE FROM change_journal; END"
copy refuse trigger-raise-abort;   sq "CREATE TRIGGER t BEFORE UPDATE ON measure BEGIN SELECT RAISE(ABORT, 'owned'); END"
copy refuse trigger-recursive;     sq "CREATE TRIGGER t AFTER UPDATE ON project BEGIN UPDATE project SET budget = budget + 1 WHERE id = new.id; END"
copy refuse trigger-instead-of;    sq "CREATE VIEW v AS SELECT 1 AS x; CREATE TRIGGER t INSTEAD OF INSERT ON v BEGIN DELETE FROM plan; END"
copy refuse trigger-many;          for i in $(seq 1 50); do sq "CREATE TRIGGER t$i AFTER INSERT ON project BEGIN SELECT $i; END"; done

# --- Views, tables, indexes Vigie does not create.
copy refuse view;                  sq "CREATE VIEW v AS SELECT * FROM project"
copy refuse view-recursive;        sq "CREATE VIEW v AS WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT x FROM c"
copy refuse extra-table;           sq "CREATE TABLE payload (x BLOB); INSERT INTO payload VALUES (randomblob(1000))"
copy refuse extra-table-generated; sq "CREATE TABLE g (a INTEGER, b INTEGER GENERATED ALWAYS AS (a * 2) VIRTUAL)"
copy refuse extra-table-without-rowid; sq "CREATE TABLE w (k TEXT PRIMARY KEY, v) WITHOUT ROWID"
copy refuse extra-table-autoincrement; sq "CREATE TABLE a (id INTEGER PRIMARY KEY AUTOINCREMENT); INSERT INTO a DEFAULT VALUES"
copy refuse extra-index;           sq "CREATE INDEX i ON project(name_en)"
copy refuse expression-index;      sq "CREATE INDEX i ON project(abs(budget))"
copy refuse partial-index;         sq "CREATE INDEX i ON project(code) WHERE budget > 0"
copy refuse unique-index;          sq "CREATE UNIQUE INDEX i ON organization(name_en, code)"
copy refuse index-on-journal;      sq "CREATE INDEX i ON change_journal(author)"
copy refuse missing-index;         sq "DROP INDEX project_state"
copy refuse missing-table;         sq "DROP TABLE envelope"
copy refuse altered-table;         sq "ALTER TABLE project ADD COLUMN extra TEXT DEFAULT 'x'"
copy refuse renamed-column;        sq "ALTER TABLE project RENAME COLUMN phase TO stage"
copy refuse schema-check-removed;  sq "PRAGMA writable_schema = ON; UPDATE sqlite_schema SET sql = replace(sql, 'CHECK (id = 1)', '') WHERE name = 'portfolio'"
copy refuse schema-default-function; sq "PRAGMA writable_schema = ON; UPDATE sqlite_schema SET sql = replace(sql, 'DEFAULT ''''', 'DEFAULT (hex(randomblob(9)))') WHERE name = 'decision'"
if sqlite3 :memory: "CREATE VIRTUAL TABLE f USING fts5(x)" 2>/dev/null; then
    copy refuse virtual-table;     sq "CREATE VIRTUAL TABLE f USING fts5(x)"
else
    echo "hostile-corpus: no FTS5 in this sqlite3; virtual-table kind skipped" >&2
fi

# --- Header fields.
copy refuse wrong-application-id;  sq "PRAGMA application_id = 1"
copy refuse no-application-id;     sq "PRAGMA application_id = 0"
copy refuse future-version;        sq "PRAGMA user_version = 99"
copy refuse version-zero;          sq "PRAGMA user_version = 0"
copy refuse version-negative;      sq "PRAGMA user_version = -1"
copy refuse bad-magic;             poke 0 'SQLite format 4'
copy refuse bad-page-size;         poke 16 '\003\001'
copy refuse schema-format-5;       poke 44 '\000\000\000\005'
copy any wal-mode-header;          poke 18 '\002\002'
copy any reserved-bytes;           poke 20 '\040'
copy any page-count-huge;          poke 28 '\177\377\377\377'
copy any freelist-out-of-range;    poke 32 '\177\377\377\377'; poke 36 '\000\000\000\001'
copy any text-encoding-utf16;      poke 56 '\000\000\000\002'

# --- Damage: cut short, zeroed and scribbled pages.
copy refuse truncated-half;        truncate -s $(( $(stat -c %s "$BASE") / 2 )) "$F"
copy refuse truncated-one-page;    truncate -s "$PAGE" "$F"
copy refuse zeroed-page-one;       zero_page 1
copy refuse zeroed-schema-leaf;    zero_page 2
copy refuse zeroed-project-leaf;   zero_page "$(page_of project leaf)"
copy refuse zeroed-project-root;   zero_page "$(sqlite3 "$BASE" "SELECT rootpage FROM sqlite_schema WHERE name = 'project'")"
copy refuse zeroed-index-leaf;     zero_page "$(page_of sqlite_autoindex_project_2 leaf)"
copy refuse garbage-page;          dd if=/dev/urandom of="$F" bs="$PAGE" seek=$(( $(page_of measure leaf) - 1 )) count=1 conv=notrunc status=none
copy refuse empty-file;            : > "$F"
copy refuse text-file;             printf 'code,name\nP1,Projet\n' > "$F"

# --- Values: the schema is Vigie's, the content is not.
copy any huge-text;                 sq "UPDATE project SET name_en = printf('%.1500000c', 'x') WHERE id = 1"
copy any large-text;               sq "UPDATE project SET description = printf('%.900000c', 'y') WHERE id = 2"
copy any infinite-numbers;         sq "UPDATE project SET budget = 1e999, forecast_cost = -1e999 WHERE id <= 3"
copy any text-in-numbers;          sq "UPDATE project SET budget = 'lots', actual_cost = x'00ff' WHERE id <= 3"
copy any invalid-utf8;             sq "UPDATE project SET name_en = CAST(x'c328ff' AS TEXT) WHERE id = 1"
copy any formula-text;             sq "UPDATE project SET name_en = '=cmd|'' /C calc''!A0', planned_end = '@SUM(1)' WHERE id = 1"
copy any bad-dates;                sq "UPDATE project SET planned_end = '2016-02-30', forecast_end = 'yesterday' WHERE id <= 5"
copy any bad-health-rule;          sq "UPDATE portfolio SET health_rule = '{\"preset\": 7, \"green\": \"x\"}'"
copy any statistics;               sq "ANALYZE; UPDATE sqlite_stat1 SET stat = '1 1 1 1 1'"
copy any orphan-rows;              sq "PRAGMA foreign_keys = OFF; DELETE FROM key_area"
# A journal next to the file that is not a journal: SQLite finds no valid header and discards it.
copy any garbage-journal;          head -c 5000 /dev/urandom > "$F-journal"

echo "hostile-corpus: $N kinds in $OUT"
