#!/usr/bin/env bash
# Starts PostgreSQL, MariaDB and Redis on 127.0.0.1 if they are not already answering.
# Idempotent: a running service is left alone. A service that cannot be started is reported,
# and the tests that need it say they skip.
set -u

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null 2>&1; then sudo -n "$@"; else return 1; fi; }

wait_for() { # name, command...
  local name=$1; shift
  for _ in $(seq 1 50); do "$@" >/dev/null 2>&1 && { echo "    $name is up"; return 0; }; sleep 0.2; done
  echo "    $name did not come up"; return 1
}

apt_install() {
  command -v apt-get >/dev/null 2>&1 || return 1
  [ -n "${APT_UPDATED:-}" ] || { as_root apt-get update -qq >/dev/null 2>&1; APT_UPDATED=1; }
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq "$@" >/dev/null 2>&1
}

echo "==> services"
# PostgreSQL
if pg_isready -q -h 127.0.0.1 -p 5432 2>/dev/null; then
  echo "    PostgreSQL is running"
else
  command -v pg_ctlcluster >/dev/null 2>&1 || apt_install postgresql || true
  if command -v pg_ctlcluster >/dev/null 2>&1; then
    as_root pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -n1)" main start >/dev/null 2>&1 || true
    wait_for PostgreSQL pg_isready -q -h 127.0.0.1 -p 5432 || true
  else
    echo "    PostgreSQL is not installed; its tests will skip"
  fi
fi

# MariaDB
if mariadb-admin -h127.0.0.1 -uroot ping >/dev/null 2>&1; then
  echo "    MariaDB is running"
else
  [ -x /usr/sbin/mariadbd ] || apt_install mariadb-server || true
  if [ -x /usr/sbin/mariadbd ]; then
    as_root start-stop-daemon --start --oknodo --background --exec /usr/sbin/mariadbd >/dev/null 2>&1 || true
    wait_for MariaDB mariadb-admin -h127.0.0.1 -uroot ping || true
  else
    echo "    MariaDB is not installed; its tests will skip"
  fi
fi

# Redis
if redis-cli -h 127.0.0.1 -p 6379 ping >/dev/null 2>&1; then
  echo "    Redis is running"
else
  command -v redis-server >/dev/null 2>&1 || apt_install redis-server || true
  if command -v redis-server >/dev/null 2>&1; then
    mkdir -p /var/lib/redis /var/log/redis 2>/dev/null || true
    redis-server --daemonize yes --bind 127.0.0.1 -::1 --port 6379 --save "" --appendonly no \
      --dir /var/lib/redis --logfile /var/log/redis/ci.log >/dev/null 2>&1 || true
    wait_for Redis redis-cli -h 127.0.0.1 -p 6379 ping || true
  else
    echo "    Redis is not installed; its tests will skip"
  fi
fi
exit 0
