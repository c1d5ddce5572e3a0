# syntax=docker/dockerfile:1.4
FROM debian:12-slim

RUN <<EOF
set -e
apt-get update
apt-get install -y --no-install-recommends curl
rm -rf /var/lib/apt/lists/*
EOF

RUN <<-EOT bash
	set -euo pipefail
	curl -fsSL https://example.com/health | grep -q ok
	cd /tmp
EOT

COPY <<EOF /etc/app/config.ini
[server]
port = 8080
workers = 4
EOF

COPY <<-EOF /usr/local/bin/entrypoint.sh
	#!/bin/sh
	exec "$@"
EOF

RUN chmod +x /usr/local/bin/entrypoint.sh
ENTRYPOINT ["/usr/local/bin/entrypoint.sh"]
CMD ["sleep", "infinity"]
