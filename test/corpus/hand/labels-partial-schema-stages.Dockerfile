FROM alpine:3.20 AS base
LABEL org.opencontainers.image.title="base" org.opencontainers.image.licenses="BSD-3-Clause"

FROM base AS child
LABEL org.opencontainers.image.version="0.1.0"

FROM alpine:3.20 AS unrelated
COPY --from=child /etc/os-release /tmp/os-release
LABEL org.opencontainers.image.revision="0123456789abcdef0123456789abcdef01234567" \
      org.opencontainers.image.created="2024-13-45T99:00:00Z" \
      org.opencontainers.image.licenses="MIT-but-not-really" \
      org.opencontainers.image.authors="ops@@example.com"
HEALTHCHECK NONE
