#!/usr/bin/env bash
# A two-shard ClickHouse cluster on loopback for `caravan events aggregate --engine clickhouse` and its test.
#   tools/clickhouse/cluster.sh start|stop|status
# Each shard has its own config, data path, ports and pid file under $CARAVAN_CH_DIR (default /tmp/caravan-clickhouse):
#   shard 1: HTTP 18123, native TCP 19001      shard 2: HTTP 18124, native TCP 19002
# Both listen on 127.0.0.1 only; user 'default' (no password) is accepted from 127.0.0.1/::1 only. The cluster
# 'caravan' (remote_servers) lists both shards; inserts through the Distributed table are synchronous
# (insert_distributed_sync=1 in the default profile). Debian's clickhouse-server 18.16 (apt-get install clickhouse-server).
set -euo pipefail
base=${CARAVAN_CH_DIR:-/tmp/caravan-clickhouse}
server=$(command -v clickhouse-server || echo /usr/sbin/clickhouse-server)
http_port() { echo $((18122 + $1)); }
tcp_port() { echo $((19000 + $1)); }

write_config() {
  local n=$1 d="$base/shard$1"
  mkdir -p "$d/data" "$d/tmp" "$d/user_files" "$d/log" "$d/format_schemas"
  cat > "$d/config.xml" <<XML
<?xml version="1.0"?>
<yandex>
  <logger><level>warning</level><log>$d/log/server.log</log><errorlog>$d/log/error.log</errorlog><size>10M</size><count>1</count></logger>
  <listen_host>127.0.0.1</listen_host>
  <http_port>$(http_port "$n")</http_port>
  <tcp_port>$(tcp_port "$n")</tcp_port>
  <path>$d/data/</path>
  <tmp_path>$d/tmp/</tmp_path>
  <user_files_path>$d/user_files/</user_files_path>
  <format_schema_path>$d/format_schemas/</format_schema_path>
  <users_config>$d/users.xml</users_config>
  <default_profile>default</default_profile>
  <default_database>default</default_database>
  <timezone>UTC</timezone>
  <mark_cache_size>268435456</mark_cache_size>
  <uncompressed_cache_size>268435456</uncompressed_cache_size>
  <max_concurrent_queries>32</max_concurrent_queries>
  <remote_servers>
    <caravan>
      <shard><replica><host>127.0.0.1</host><port>$(tcp_port 1)</port></replica></shard>
      <shard><replica><host>127.0.0.1</host><port>$(tcp_port 2)</port></replica></shard>
    </caravan>
  </remote_servers>
</yandex>
XML
  cat > "$d/users.xml" <<XML
<?xml version="1.0"?>
<yandex>
  <profiles>
    <default>
      <max_memory_usage>4000000000</max_memory_usage>
      <max_threads>2</max_threads>
      <insert_distributed_sync>1</insert_distributed_sync>
    </default>
  </profiles>
  <users>
    <default>
      <password></password>
      <networks><ip>127.0.0.1</ip><ip>::1</ip></networks>
      <profile>default</profile>
      <quota>default</quota>
    </default>
  </users>
  <quotas><default><interval><duration>3600</duration><queries>0</queries><errors>0</errors><result_rows>0</result_rows><read_rows>0</read_rows><execution_time>0</execution_time></interval></default></quotas>
</yandex>
XML
}

# /ping over bash's /dev/tcp (no curl needed).
up() {
  local port; port=$(http_port "$1")
  ( exec 3<>"/dev/tcp/127.0.0.1/$port" && printf 'GET /ping HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n' >&3 && grep -q '^Ok' <&3 ) 2>/dev/null
}

start() {
  if [ ! -x "$server" ]; then echo "clickhouse-server not installed (apt-get install clickhouse-server)"; exit 3; fi
  for n in 1 2; do
    if up "$n"; then echo "shard $n already up on 127.0.0.1:$(http_port "$n")"; continue; fi
    write_config "$n"
    nohup "$server" --config-file="$base/shard$n/config.xml" > "$base/shard$n/log/stdout.log" 2>&1 &
    echo $! > "$base/shard$n/pid"
  done
  for _ in $(seq 1 120); do
    if up 1 && up 2; then echo "clickhouse shards up: http://127.0.0.1:$(http_port 1), http://127.0.0.1:$(http_port 2)"; return 0; fi
    sleep 0.5
  done
  echo "clickhouse shards did not come up; logs in $base/shard*/log"; tail -n 20 "$base"/shard*/log/*.log || true; exit 1
}

stop() {
  for n in 1 2; do
    local p="$base/shard$n/pid"
    if [ -f "$p" ]; then
      local pid; pid=$(cat "$p")
      if kill "$pid" 2>/dev/null; then
        for _ in $(seq 1 40); do kill -0 "$pid" 2>/dev/null || break; sleep 0.25; done
        kill -9 "$pid" 2>/dev/null || true
      fi
      rm -f "$p"
    fi
  done
  echo "clickhouse shards stopped"
}

status() { for n in 1 2; do if up "$n"; then echo "shard $n up (http $(http_port "$n"))"; else echo "shard $n down"; fi; done; }

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  status) status ;;
  clean) stop; rm -rf "$base" ;;
  *) echo "usage: $0 start|stop|status|clean"; exit 2 ;;
esac
